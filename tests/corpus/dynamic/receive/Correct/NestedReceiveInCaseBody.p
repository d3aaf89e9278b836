// A receive inside a receive case body waits again; both replies arrive in either order and are matched to their events (8.6).
event eFirst: int;
event eSecond: int;

machine Helper {
  start state H {
    entry (boss: machine) {
      if ($) { send boss, eFirst, 1; send boss, eSecond, 2; }
      else { send boss, eSecond, 2; send boss, eFirst, 1; }
    }
  }
}

machine Main {
  start state Run {
    entry {
      var a: int;
      var b: int;
      new Helper(this);
      receive {
        case eFirst: (x: int) {
          a = x;
          receive { case eSecond: (y: int) { b = y; } }
        }
      }
      assert a == 1 && b == 2, format("{0} {1}", a, b);
    }
  }
}
