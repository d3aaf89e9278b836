// `return;` in a receive case returns from the enclosing function, here ending a polling loop early; later ticks go to the state's handler (8.6 step 6).
event eTick: int;

machine Ticker {
  start state T {
    entry (boss: machine) {
      var i: int;
      while (i < 5) { send boss, eTick, i; i = i + 1; }
    }
  }
}

machine Main {
  var hit: int;
  var later: int;
  start state Run {
    entry {
      new Ticker(this);
      WaitFor(3);
      assert hit == 3;
    }
    on eTick do (n: int) { later = later + 1; assert n == 4 && later == 1, format("tick {0}", n); }
  }
  fun WaitFor(target: int) {
    while (true) {
      receive {
        case eTick: (n: int) { if (n == target) { hit = n; return; } }
      }
    }
  }
}
