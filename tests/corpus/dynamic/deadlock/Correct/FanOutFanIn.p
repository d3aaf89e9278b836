// A coordinator fans work out to four workers and waits for exactly four results (8.6).
event eTask: (n: int, boss: machine);
event eResult: int;

machine Worker {
  start state Run {
    on eTask do (t: (n: int, boss: machine)) { send t.boss, eResult, t.n * 2; }
  }
}

machine Main {
  start state Coordinate {
    entry {
      var i: int;
      var sum: int;
      while (i < 4) {
        send new Worker(), eTask, (n = i, boss = this);
        i = i + 1;
      }
      i = 0;
      while (i < 4) {
        receive { case eResult: (r: int) { sum = sum + r; } }
        i = i + 1;
      }
      assert sum == 12, format("sum {0}", sum);
    }
  }
}
