// A block comment that is never closed with `*/` (reference 1.1, code P0103).
event eDone;
machine Worker {
  start state S {
    on eDone do { }
  }
}
/* this comment runs to the end of the file // error: P0103
machine Ghost {
  start state S { }
}
