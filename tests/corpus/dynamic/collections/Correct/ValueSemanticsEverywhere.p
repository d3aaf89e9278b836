// Assignments, arguments, returns and collection inserts all copy, so no variable changes another (8.2).
fun WithExtra(s: seq[int]): seq[int] {
  s += (sizeof(s), 99);
  return s;
}

machine Main {
  start state Check {
    entry {
      var a: seq[int];
      var b: seq[int];
      var nested: map[string, seq[int]];
      a += (0, 1);
      b = a;
      b += (1, 2);
      assert sizeof(a) == 1 && sizeof(b) == 2;
      b = WithExtra(a);
      assert sizeof(a) == 1 && b[1] == 99;
      nested["k"] = a;
      a[0] = 42;
      assert nested["k"][0] == 1, format("stored copy changed: {0}", nested);
    }
  }
}
