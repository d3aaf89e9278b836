// A timer ticks forever while a worker counts; `$` decides whether each tick triggers work. Runs until the step bound (8.10).
event eTick;
event eWork: int;
event eStartTimer: machine;

machine Timer {
  var client: machine;
  start state Running {
    on eStartTimer do (c: machine) {
      client = c;
      send client, eTick;
    }
    on eTick do {
      send client, eTick;
    }
  }
}

machine Main {
  var timer: Timer;
  var done: int;
  start state Working {
    entry {
      timer = new Timer();
      send timer, eStartTimer, this;
    }
    on eTick do {
      if ($) {
        raise eWork, done + 1;
      }
      send timer, eTick;
    }
    on eWork do (n: int) {
      done = n;
      send timer, eTick;
    }
  }
}
