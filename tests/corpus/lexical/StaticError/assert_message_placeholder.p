// An assertion message literal is a format string too; `{0}` without arguments is an error (reference 1.5).
machine Checker {
  var n: int;
  start state S {
    entry {
      n = 1;
      assert n == 1, "n was {0}"; // error: P0106
    }
  }
}
