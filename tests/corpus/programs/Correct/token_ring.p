// Token ring: nodes in a ring pass a token; seq[machine] configuration, `with` handlers, `$$`, a safety spec and a counting scenario (reference 2-7).
event eSetNext: machine;
event eToken: int;
event eHolding: machine;
event eReleasing: machine;
event eRingDone: int;

machine RingNode {
  var next: machine;
  var id: int;
  var hops: int;
  var reporter: machine;
  start state Init {
    entry (cfg: (id: int, reporter: machine)) {
      id = cfg.id;
      reporter = cfg.reporter;
    }
    on eSetNext goto Idle with (n: machine) { next = n; }
    defer eToken;
  }
  state Idle {
    on eToken goto Holding with (h: int) { hops = h; }
    ignore eSetNext;
  }
  state Holding {
    entry {
      announce eHolding, this;
      if ($$) { WorkInCriticalSection(); }
      announce eReleasing, this;
      if (hops < 12) {
        send next, eToken, hops + 1;
      } else {
        send reporter, eRingDone, hops;
      }
      goto Idle;
    }
  }
  fun WorkInCriticalSection() {
    print format("node {0} works at hop {1}", id, hops);
  }
}

machine RingBuilder {
  var nodes: seq[machine];
  start state Build {
    entry {
      var i: int;
      var n: int;
      n = 4;
      while (i < n) {
        nodes += (i, new RingNode((id = i, reporter = this)));
        i = i + 1;
      }
      i = 0;
      while (i < n) {
        send nodes[i], eSetNext, nodes[(i + 1) % n];
        i = i + 1;
      }
      send nodes[0], eToken, 0;
    }
    on eRingDone goto Done;
  }
  state Done {
    entry (total: int) {
      assert total == 12, format("token stopped after {0} hops", total);
    }
  }
}

spec SingleToken observes eHolding, eReleasing {
  var holder: machine;
  start state Free {
    on eHolding goto Busy with (m: machine) { holder = m; }
    on eReleasing do (m: machine) { assert false, "release without hold"; }
  }
  state Busy {
    on eHolding do (m: machine) {
      assert false, format("{0} holds the token while {1} does", m, holder);
    }
    on eReleasing goto Free with (m: machine) {
      assert m == holder, "released by a node that did not hold the token";
      holder = null;
    }
  }
}

scenario TokenCirculates observes eHolding {
  var count: int;
  start state Counting {
    on eHolding do (m: machine) {
      count = count + 1;
      if (count >= 4) { goto Circulated; }
    }
  }
  cold state Circulated {
    ignore eHolding;
  }
}

test tcRing [main = RingBuilder]: assert SingleToken in { RingBuilder, RingNode };
