// `new` needs a parenthesised argument list (reference 2.4, 2.5).
machine Child {
  start state S { }
}
machine Parent {
  start state S {
    entry {
      new Child; // error: P0102
    }
  }
}
