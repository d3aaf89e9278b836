// Ignore is per state and not inherited, so a machine that must tolerate stray eNoise in every phase declares it in each state; noise arriving at any time is then harmless (8.5 ignore).
event eNoise;
event eNext;

machine Phases {
  var phase: int;
  start state One {
    ignore eNoise;
    on eNext goto Two;
  }
  state Two {
    ignore eNoise;
    entry { phase = 2; }
    on eNext goto Three;
  }
  state Three {
    ignore eNoise, eNext;
    entry { phase = 3; }
  }
}

machine Noisy {
  start state N {
    entry (p: machine) {
      send p, eNoise;
      send p, eNoise;
      send p, eNoise;
    }
  }
}

machine Main {
  start state Run {
    entry {
      var p: machine;
      p = new Phases();
      new Noisy(p);
      send p, eNext;
      send p, eNext;
      send p, eNext;
    }
  }
}
