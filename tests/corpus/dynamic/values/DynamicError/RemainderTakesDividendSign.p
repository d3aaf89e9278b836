// bug: assertion
// `%` is the truncated remainder with the dividend's sign: -7 % 3 is -1, not 2 (8.3 int).
fun Bucket(key: int, n: int): int {
  return key % n;
}

machine Main {
  start state Hash {
    entry {
      var b: int;
      b = Bucket(-7, 3);
      assert b >= 0 && b < 3, format("bucket {0} out of range", b);
    }
  }
}
