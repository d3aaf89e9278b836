// Rule 5.2.2: string, bool and int are distinct (reference 5.2, 6.7 item 8).
machine Prims {
  var s: string;
  var b: bool;
  start state S {
    entry {
      s = 42; // error: P0301
      b = 0; // error: P0301
      s = true; // error: P0301
    }
  }
}
