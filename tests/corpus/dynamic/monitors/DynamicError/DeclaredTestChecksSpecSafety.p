// bug: assertion
// The program of monitors/Correct/DefaultImplSpecSafetyNotChecked with a declared test: a test that asserts the spec checks it fully, so its failing assert is a bug (7.2, 8.8).
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

test tcExplicit [main = Main]: assert NeverAbove50 in { Main };
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
