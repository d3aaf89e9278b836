// `sizeof` needs a seq, set or map: not a string, not a tuple (reference 6.1).
machine Sizer {
  var s: string;
  var t: (int, int);
  var n: int;
  start state S {
    entry {
      n = sizeof(s); // error: P0316
      n = sizeof(t); // error: P0316
    }
  }
}
