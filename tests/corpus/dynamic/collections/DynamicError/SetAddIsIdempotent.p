// bug: assertion
// Adding an element already in a set has no effect, so the visitor count does not grow (8.4 `st += (v)`).
event eVisit: string;
event eReport;

machine Analytics {
  var visitors: set[string];
  var visits: int;
  start state Count {
    on eVisit do (who: string) {
      visitors += (who);
      visits = visits + 1;
    }
    on eReport do {
      assert sizeof(visitors) == visits, format("{0} unique of {1} visits", sizeof(visitors), visits);
    }
  }
}

machine Main {
  start state Start {
    entry {
      var a: Analytics;
      a = new Analytics();
      send a, eVisit, "ana";
      send a, eVisit, "bo";
      send a, eVisit, "ana";
      send a, eReport;
    }
  }
}
