// A machine blocked in receive is not a deadlock while another machine stays enabled forever (an `on null` poller): the run just reaches the step bound (8.9, 8.10).
event eNever;

machine Poller {
  var polls: int;
  start state Poll {
    on null do { polls = polls + 1; }
  }
}

machine Main {
  start state Run {
    entry {
      new Poller();
      receive { case eNever: { } }
    }
  }
}
