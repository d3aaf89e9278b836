// A machine blocked in receive forever is no deadlock while another machine stays enabled (an `on null` poller); the bound ends it (8.9, 8.10).
event eNever;
event ePoll;

machine Waiter {
  start state Wait {
    entry {
      receive { case eNever: { } }
    }
  }
}

machine Poller {
  var polls: int;
  start state Polling {
    on null do {
      polls = polls + 1;
    }
  }
}

machine Main {
  start state Start {
    entry {
      new Waiter();
      new Poller();
    }
  }
}
