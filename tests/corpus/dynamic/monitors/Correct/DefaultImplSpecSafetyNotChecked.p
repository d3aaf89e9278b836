// Program without tests: reference 7.4 attaches no spec to DefaultImpl, so P never reports this spec's failing assert; pide attaches specs there for liveness only, and a spec whose check fails is detached (here in its hot state, where it would otherwise stay until the end) (7.4, 8.9).
event eReading: int;

spec NeverAbove50 observes eReading {
  start state Watch {
    on eReading goto Armed;
  }
  hot state Armed {
    on eReading do (r: int) {
      assert r <= 50, format("reading {0} above 50", r);
      goto Watch;
    }
  }
}

machine Main {
  start state Run {
    entry {
      announce eReading, 20;
      announce eReading, 80;
      send this, eReading, 99;
    }
    on eReading do (r: int) { }
  }
}
