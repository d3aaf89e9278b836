// Independent errors in one function are each reported once, without cascading (reference 6.8 collecting mode).
machine Multi {
  var i: int;
  var s: string;
  var b: bool;
  start state S {
    entry {
      i = s + 1; // error: P0305
      b = undefinedFlag; // error: P0202
      i = Missing(1); // error: P0203
      s = format("{0}"); // error: P0106
      b = i == null; // error: P0319
    }
  }
}
