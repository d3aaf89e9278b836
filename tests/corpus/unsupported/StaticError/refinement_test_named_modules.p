// A refinement test between named modules is not implemented either (reference 2.6, 7.2).
machine Impl {
  start state S { }
}
module Concrete = { Impl };
module Abstract = { Impl };
test tcRefines [main = Impl]: Concrete refines Abstract; // error: P0903
