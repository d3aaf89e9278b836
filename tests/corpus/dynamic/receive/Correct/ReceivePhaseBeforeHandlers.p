// A machine alternates between receive-driven phases and ordinary handlers; events meant for the handlers wait their turn (8.6).
event eBegin: machine;
event ePart: int;
event eCommit;
event eStatus;

machine Store {
  var total: int;
  var commits: int;
  start state Idle {
    on eBegin do (client: machine) {
      var n: int;
      while (n < 3) {
        receive { case ePart: (x: int) { total = total + x; n = n + 1; } }
      }
      receive { case eCommit: { commits = commits + 1; } }
    }
    on eStatus do {
      assert commits == 1 && total == 6, format("commits {0}, total {1}", commits, total);
    }
  }
}

machine Main {
  start state Start {
    entry {
      var s: Store;
      s = new Store();
      send s, eBegin, this;
      send s, eStatus;
      send s, ePart, 1;
      send s, ePart, 2;
      send s, ePart, 3;
      send s, eCommit;
    }
  }
}
