// bug: runtime-error
// A recursive search whose base case is never reached recurses without bound and overflows the stack (8.9 runtime error).
fun Find(items: seq[int], x: int, i: int): int {
  if (items[i % sizeof(items)] == x) { return i; }
  return Find(items, x, i + 1);
}

machine Main {
  start state Run {
    entry {
      var items: seq[int];
      items += (0, 1);
      items += (1, 2);
      assert Find(items, 2, 0) == 1;
      assert Find(items, 3, 0) >= 0;
    }
  }
}
