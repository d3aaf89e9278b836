// bug: assertion
// `goto S, v` hands v to S's entry; the retry budget it carries is exhausted (8.5 payload of an entry).
event eFail;

machine Uploader {
  start state Attempt {
    entry (retriesLeft: int) {
      assert retriesLeft >= 0, format("retried past the budget ({0})", retriesLeft);
      budget = retriesLeft;
      send this, eFail;
    }
    on eFail do {
      Retry();
    }
  }
  var budget: int;
  fun Retry() {
    budget = budget - 1;
    goto Attempt, budget;
  }
}

machine Main {
  start state Start {
    entry {
      new Uploader(2);
    }
  }
}
