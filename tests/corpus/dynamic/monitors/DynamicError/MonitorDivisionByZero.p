// bug: runtime-error
// A runtime error inside a spec handler is a bug like one in a machine: the average over zero samples divides by zero (8.8, 8.9).
event eSample: int;
event eReport;

spec Average observes eSample, eReport {
  var total: int;
  var count: int;
  start state Collect {
    on eSample do (v: int) { total = total + v; count = count + 1; }
    on eReport do { assert total / count >= 0; total = 0; count = 0; }
  }
}

machine Main {
  start state Run {
    entry {
      announce eSample, 4;
      announce eReport;
      announce eReport;
    }
  }
}

test tcAverage [main=Main]: assert Average in { Main };
