// An unterminated `{` placeholder is malformed (reference 1.5).
machine Printer {
  var n: int;
  start state S {
    entry {
      n = 3;
      print format("count = {0", n); // error: P0105
    }
  }
}
