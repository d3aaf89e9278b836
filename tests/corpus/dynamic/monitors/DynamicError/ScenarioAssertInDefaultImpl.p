// bug: assertion
// Scenarios are attached to every test, DefaultImpl included (4.6, 7.4), and their asserts are checked (8.8).
event eStep: int;

scenario StepsInOrder observes eStep {
  var last: int;
  start state Watch {
    on eStep do (n: int) {
      assert n > last, format("step {0} after {1}", n, last);
      last = n;
      if (n == 3) {
        goto Seen;
      }
    }
  }
  cold state Seen {
    ignore eStep;
  }
}

machine Main {
  start state Run {
    entry {
      announce eStep, 2;
      announce eStep, 1;
      announce eStep, 3;
    }
  }
}
