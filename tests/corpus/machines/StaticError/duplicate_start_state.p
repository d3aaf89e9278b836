// A machine may have only one start state (reference 4.5, 6.7 item 5 DuplicateStart).
machine Twin {
  start state First { }
  start state Second { } // error: P0402
}
