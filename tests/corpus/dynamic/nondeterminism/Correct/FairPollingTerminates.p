// A poller retries while `$$` says so; every run is fine, including very long ones cut by the step bound (8.3, 8.10).
event ePoll;

machine Main {
  var polls: int;
  start state Polling {
    entry {
      send this, ePoll;
    }
    on ePoll do {
      polls = polls + 1;
      if ($$) {
        send this, ePoll;
      } else {
        goto Done;
      }
    }
  }
  state Done {
    entry {
      assert polls >= 1;
    }
  }
}
