// A counter stops sending ticks at its limit, so its assert always holds (8.4 assert, 8.9).
event eTick;

machine Main {
  var ticks: int;
  start state Counting {
    entry {
      send this, eTick;
    }
    on eTick do {
      ticks = ticks + 1;
      assert ticks <= 3, format("tick {0} over the limit", ticks);
      if (ticks < 3) {
        send this, eTick;
      }
    }
  }
}
