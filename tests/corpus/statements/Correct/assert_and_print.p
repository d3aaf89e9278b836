// `assert c;`, `assert c, m;` with a string or format message; `print` of a string expression (reference 6.2).
machine Auditor {
  var n: int;
  var msg: string;
  start state S {
    entry {
      n = 3;
      msg = "n is small";
      assert n > 0;
      assert n < 10, msg;
      assert n != 5, format("n = {0}", n);
      assert true, "literal message";
      print msg;
      print "plain";
      print format("n = {0}", n);
      print msg + "!";
    }
  }
}
