// Placeholders may repeat, appear in any order and skip indices (reference 1.5).
fun Describe(name: string, count: int, ok: bool): string {
  var s: string;
  s = format("{1} {0} {1}", name, count);
  s = s + format("{2}", name, count, ok);
  s = s + format("{10}", 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, "ten");
  return s;
}

machine Reporter {
  start state Init {
    entry {
      print Describe("widgets", 3, true);
    }
  }
}
