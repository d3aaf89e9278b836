// `announce` only checks for a null event, not the sends set, so a machine may announce an event it cannot send (8.7 announce).
event eStart;
event eProgress: int;

spec ProgressSeen observes eProgress {
  var last: int;
  start state Watch {
    on eProgress do (p: int) {
      assert p > last;
      last = p;
    }
  }
}

machine Helper {
  start state Idle {
    ignore eStart;
  }
}

machine Main sends eStart; {
  start state Run {
    entry {
      send new Helper(), eStart;
      announce eProgress, 1;
      announce eProgress, 2;
    }
  }
}

test tcAnnounce [main = Main]: assert ProgressSeen in { Main, Helper };
