// Enum values are integers at runtime: `to int` gives the number, and through `any` they equal that int (4.2, 8.2).
enum tState { Off = 0, Standby = 5, On = 9 }

machine Main {
  start state Check {
    entry {
      var st: tState;
      var boxed: any;
      st = Standby;
      assert st to int == 5;
      assert (On to int) - (Standby to int) == 4;
      boxed = st;
      assert boxed == 5, "an enum equals the int with the same number through any";
      assert st != On && st == Standby;
    }
  }
}
