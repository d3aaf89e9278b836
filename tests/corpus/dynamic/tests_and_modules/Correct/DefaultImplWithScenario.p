// DefaultImpl-only program with a scenario: scenarios are attached as always, and this one holds (4.6, 7.4).
event eStep: int;

scenario StepsIncrease observes eStep {
  var last: int;
  start state Watch {
    on eStep do (n: int) {
      assert n > last;
      last = n;
      if (n == 3) {
        goto Reached;
      }
    }
  }
  cold state Reached {
    ignore eStep;
  }
}

machine Main {
  start state Run {
    entry {
      announce eStep, 1;
      announce eStep, 2;
      announce eStep, 3;
      announce eStep, 0;
    }
  }
}
