// Calls with assignable arguments; results may be discarded; recursion and mutual recursion (reference 4.7, 6.1).
fun IsEven(n: int): bool {
  if (n == 0) { return true; }
  return IsOdd(n - 1);
}
fun IsOdd(n: int): bool {
  if (n == 0) { return false; }
  return IsEven(n - 1);
}
fun Store(key: any, vals: seq[data]): int { return sizeof(vals); }
fun Fact(n: int): int {
  if (n <= 1) { return 1; }
  return n * Fact(n - 1);
}
machine Caller {
  var xs: seq[int];
  var b: bool;
  start state S {
    entry {
      b = IsEven(4);
      Store(1, xs);
      Store("k", default(seq[string]));
      IsOdd(Fact(3));
    }
  }
}
