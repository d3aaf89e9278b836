// `event null;` cannot declare the built-in null event (reference 4.3, 6.7 item 2).
event null; // error: P0102
machine Idle {
  start state S { }
}
