// Unary and binary arithmetic on int and float, string concatenation and ordering (reference 6.1).
machine Math {
  var i: int;
  var f: float;
  var s: string;
  var b: bool;
  start state S {
    entry {
      i = -(3 + 4) * 2 / 3 % 5 - -1;
      f = -1.5 * 2.0 / 0.5 % 3.0 + 1.0 - 0.5;
      s = "a" + "b" + format("{0}", i);
      b = i < 3 || i > 4 || i <= 5 || i >= 6;
      b = f < 1.0 && f >= -1.0;
      b = "abc" < "abd" && "b" >= "a";
      b = !b;
    }
  }
}
