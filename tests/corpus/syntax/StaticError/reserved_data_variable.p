// `data` is a reserved type word and cannot name a variable (reference 1.2, 1.3).
machine Store {
  var data: int; // error: P0107
  start state S { }
}
