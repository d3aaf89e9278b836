// A goto to the current state reruns exit and entry each time (8.5 Transition).
event eAgain;

machine Main {
  var entries: int;
  var exits: int;
  start state Loop {
    entry {
      entries = entries + 1;
      assert entries == exits + 1;
      if (entries < 5) {
        send this, eAgain;
      }
    }
    exit {
      exits = exits + 1;
    }
    on eAgain goto Loop;
  }
}
