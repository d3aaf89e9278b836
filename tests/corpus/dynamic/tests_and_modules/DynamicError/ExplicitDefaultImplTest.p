// bug: assertion
// A program wanting specs in the DefaultImpl setting declares the test explicitly (7.4), so the spec runs and fails.
event eTemp: int;

spec BelowBoiling observes eTemp {
  start state Watch {
    on eTemp do (t: int) {
      assert t < 100, format("temperature {0} reached boiling", t);
    }
  }
}

machine Main {
  start state Heat {
    entry {
      var t: int;
      t = 20;
      while (t <= 100) {
        announce eTemp, t;
        t = t + 40;
      }
      announce eTemp, t;
    }
  }
}

test DefaultImpl [main = Main]: assert BelowBoiling in { Main };
