// Heartbeat failure detector: crash injection by sending `halt`, `on null` timers, early `return;`, sets of machines, and a hot/cold liveness spec (reference 2-8).
event ePing: (from: machine, round: int);
event ePong: (from: machine, round: int);
event eStartRound: int;
event eRoundTimeout: int;
event eSuspect: machine;
event eCrashed: machine;

machine Monitored {
  start state Up {
    on ePing do (p: (from: machine, round: int)) {
      send p.from, ePong, (from = this, round = p.round);
    }
  }
}

machine RoundTimer {
  var owner: Detector;
  var pending: int;
  start state Init {
    entry (o: Detector) {
      owner = o;
      goto Idle;
    }
  }
  state Idle {
    on eStartRound goto Ticking with (r: int) { pending = r; }
  }
  state Ticking {
    on null goto Idle with { send owner, eRoundTimeout, pending; }
    defer eStartRound;
  }
}

machine Detector {
  var nodes: set[machine];
  var responded: set[machine];
  var suspected: set[machine];
  var round: int;
  var timer: RoundTimer;
  start state Init {
    entry (members: set[machine]) {
      nodes = members;
      timer = new RoundTimer(this);
      goto Probing;
    }
  }
  state Probing {
    entry {
      var n: machine;
      round = round + 1;
      responded = default(set[machine]);
      foreach (n in nodes) {
        if (!(n in suspected)) { send n, ePing, (from = this, round = round); }
      }
      send timer, eStartRound, round;
    }
    on ePong do (p: (from: machine, round: int)) {
      if (p.round == round) { responded += (p.from); }
    }
    on eRoundTimeout do (r: int) {
      var n: machine;
      if (r != round) { return; }
      foreach (n in nodes) {
        if (!(n in responded) && !(n in suspected)) {
          suspected += (n);
          announce eSuspect, n;
        }
      }
      if (round < 5) { goto Probing; } else { goto Finished; }
    }
  }
  state Finished {
    entry { print format("suspected {0} of {1} nodes", sizeof(suspected), sizeof(nodes)); }
    ignore ePong, eRoundTimeout;
  }
}

spec CrashedNodesGetSuspected observes eCrashed, eSuspect {
  var unsuspected: set[machine];
  var suspected: set[machine];
  start cold state AllAccountedFor {
    on eCrashed goto Waiting with (m: machine) {
      if (!(m in suspected)) { unsuspected += (m); }
    }
    on eSuspect do (m: machine) { suspected += (m); }
  }
  hot state Waiting {
    entry {
      if (sizeof(unsuspected) == 0) { goto AllAccountedFor; }
    }
    on eCrashed do (m: machine) {
      if (!(m in suspected)) { unsuspected += (m); }
    }
    on eSuspect do (m: machine) {
      suspected += (m);
      unsuspected -= m;
      if (sizeof(unsuspected) == 0) { goto AllAccountedFor; }
    }
  }
}

machine FailureDriver {
  start state Setup {
    entry {
      var nodes: set[machine];
      var i: int;
      var victim: machine;
      while (i < 3) {
        nodes += (new Monitored());
        i = i + 1;
      }
      if ($) {
        victim = choose(nodes);
        announce eCrashed, victim;
        send victim, halt;
      }
      new Detector(nodes);
    }
  }
}

test tcDetector [main = FailureDriver]: assert CrashedNodesGetSuspected in { FailureDriver, Monitored, Detector, RoundTimer };
