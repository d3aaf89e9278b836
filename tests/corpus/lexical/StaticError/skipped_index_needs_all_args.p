// `{1}` alone still needs two arguments (reference 1.5).
machine Printer {
  var a: int;
  start state S {
    entry {
      a = 1;
      print format("{1}", a); // error: P0106
    }
  }
}
