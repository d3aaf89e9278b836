// An explicit `test DefaultImpl` attaches the spec (7.4); the monitored thermostat never overheats.
event eTemp: int;

spec BelowBoiling observes eTemp {
  start state Watch {
    on eTemp do (t: int) {
      assert t < 100, format("temperature {0}", t);
    }
  }
}

machine Main {
  start state Heat {
    entry {
      var t: int;
      t = 20;
      while (t < 100) {
        announce eTemp, t;
        t = t + 30;
      }
    }
  }
}

test DefaultImpl [main = Main]: assert BelowBoiling in { Main };
