// `main` is a reserved module-system word and cannot name a machine (reference 1.2, 1.3).
machine main { // error: P0107
  start state S { }
}
