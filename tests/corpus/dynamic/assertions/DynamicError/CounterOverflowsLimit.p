// bug: assertion
// A machine counts self-sent ticks and asserts a limit the fourth tick breaks (8.4 assert, 8.9).
event eTick;

machine Main {
  var ticks: int;
  start state Counting {
    entry {
      send this, eTick;
    }
    on eTick do {
      ticks = ticks + 1;
      assert ticks <= 3;
      send this, eTick;
    }
  }
}
