// Refinement tests (`refines`) are not implemented (reference 2.6, 7.2).
machine Client {
  start state S { }
}
test tcRefine [main = Client]: { Client } refines { Client }; // error: P0903
