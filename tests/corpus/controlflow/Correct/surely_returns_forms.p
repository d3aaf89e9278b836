// "Surely returns": return in a block, if with both branches returning, nested else-if chains (reference 6.5).
fun Sign(n: int): int {
  if (n > 0) {
    return 1;
  } else {
    if (n < 0) { return -1; } else { return 0; }
  }
}
fun First(xs: seq[int]): int {
  {
    return xs[0];
  }
}
fun Grade(score: int): string {
  if (score >= 90) return "A"; else if (score >= 80) return "B"; else return "C";
}
fun AfterLoop(xs: seq[int]): int {
  var x: int;
  foreach (x in xs) {
    if (x > 10) { return x; }
  }
  while (true) {
    return 0;
  }
  return -1;
}
