// `safe` and `paramtest` are reserved although no rule uses them (reference 1.3).
machine Vault {
  var safe: int; // error: P0107
  start state S { }
}
fun paramtest() { } // error: P0107
