// `while` conditions of type string and event (reference 6.2).
event eTick;
machine Looper {
  var s: string;
  var e: event;
  start state S {
    entry {
      while (s) { s = ""; } // error: P0306
      while (e) { e = null; } // error: P0306
    }
  }
}
