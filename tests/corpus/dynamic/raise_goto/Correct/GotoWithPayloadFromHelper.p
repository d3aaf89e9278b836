// `goto S, v` from a method passes v to S's entry, and the handler is abandoned (8.5).
event eFail;

machine Uploader {
  var attempts: int;
  start state Attempt {
    entry (retriesLeft: int) {
      attempts = attempts + 1;
      if (retriesLeft > 0) {
        send this, eFail;
      } else {
        goto GaveUp;
      }
    }
    on eFail do {
      Retry(2 - attempts);
    }
  }
  state GaveUp {
    entry {
      assert attempts == 3, format("{0} attempts", attempts);
    }
    ignore eFail;
  }
  fun Retry(left: int) {
    goto Attempt, left;
  }
}

machine Main {
  start state Start {
    entry {
      new Uploader(2);
    }
  }
}
