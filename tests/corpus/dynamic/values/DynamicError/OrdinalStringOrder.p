// bug: assertion
// Strings compare ordinally (code units), so "Zebra" sorts before "apple" (8.3 string).
machine Main {
  start state Sort {
    entry {
      var a: string;
      var b: string;
      a = "apple";
      b = "Zebra";
      assert a < b, format("{0} does not sort before {1}", a, b);
    }
  }
}
