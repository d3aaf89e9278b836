// bug: assertion
// The state ignores eTick, but receive still takes it because defer/ignore play no role in receive (8.6 step 2).
event eTick: int;

machine Main {
  start state Sleeping {
    ignore eTick;
    entry {
      var got: int;
      send this, eTick, 5;
      receive {
        case eTick: (t: int) { got = t; }
      }
      assert got == 0, format("receive took tick {0} that the state ignores", got);
    }
  }
}
