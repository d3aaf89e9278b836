// Declarations used by the other file of this program (reference 2.1).
event eCount: int;
machine Counter {
  start state S { on eCount do (n: int) { } }
}
