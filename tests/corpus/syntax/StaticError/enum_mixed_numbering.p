// Enum elements are all numbered or all unnumbered (reference 2.1).
enum tLevel { Low = 1, High } // error: P0102
machine Leveler {
  start state S { }
}
