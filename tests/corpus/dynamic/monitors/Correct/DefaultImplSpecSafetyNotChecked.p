// bug: assertion
// Program without tests: its DefaultImpl attaches every spec (pide reads 7.4 as 8.9 suggests), so the failing assert fires.
event eReading: int;

spec NeverAbove50 observes eReading {
  start state Watch {
    on eReading do (r: int) {
      assert r <= 50, format("reading {0} above 50", r);
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
