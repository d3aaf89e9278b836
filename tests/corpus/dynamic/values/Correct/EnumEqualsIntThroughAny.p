// Through `any`, an enum value equals the int with the same number, and a collection of `any` finds it by that number (8.2 Equality).
enum tPrio { Low = 1, High = 7 }

machine Main {
  start state Run {
    entry {
      var a: any;
      var b: any;
      var bag: seq[any];
      a = High;
      b = 7;
      assert a == b, "enum High equals 7 through any";
      bag += (0, b);
      assert a in bag;
      assert (High to int) == 7;
      assert default(tPrio) == Low;
    }
  }
}
