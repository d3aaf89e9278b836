// Precedence: `a + b as int` is `(a + b) as int`; `a as int + 1` is `(a as int) + 1` (reference 2.5).
machine Calc {
  var a: int;
  var b: int;
  var r: int;
  var boxed: any;
  start state S {
    entry {
      a = 2;
      b = 3;
      r = a + b as int;
      assert r == 5;
      boxed = 7;
      r = boxed as int + 1;
      assert r == 8;
      r = a * b + a as int;
      assert r == 8;
    }
  }
}
