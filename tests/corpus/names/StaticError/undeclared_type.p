// Undeclared type names in fields, parameters and aliases (reference 3.3, 6.7 item 6).
type tPair = (int, tMissing); // error: P0206
machine Store {
  var v: tValue; // error: P0206
  start state S { }
  fun Put(k: tKey) { } // error: P0206
}
