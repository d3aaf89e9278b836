// Recursion over a thousand calls deep is ordinary P (the reference runs on .NET's stack); only unbounded recursion overflows (8.3 function call, 8.9).
event eCount: int;

fun SumTo(n: int): int {
  if (n == 0) { return 0; }
  return n + SumTo(n - 1);
}

fun SendDown(m: machine, n: int): int {
  if (n == 0) { send m, eCount, 0; return 0; }
  return 1 + SendDown(m, n - 1);
}

machine Main {
  start state Run {
    entry {
      assert SumTo(1500) == 1125750;
      assert SendDown(this, 1200) == 1200;
    }
    on eCount do (n: int) { assert n == 0; }
  }
}
