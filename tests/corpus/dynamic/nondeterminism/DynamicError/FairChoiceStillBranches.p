// bug: assertion
// `$$` is fair but still a choice: four true answers in a row (1/16 of schedules) exceed the poll limit (8.3, 8.11).
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
        assert polls <= 3, format("still polling after {0} attempts", polls);
        send this, ePoll;
      }
    }
  }
}
