// A spec asserting a single leader holds when only the lowest candidate announces itself (8.8).
event eElected: int;
event eCandidate: int;

spec AtMostOneLeader observes eElected {
  var leader: int;
  start state NoLeader {
    on eElected do (id: int) {
      leader = id;
      goto HasLeader;
    }
  }
  state HasLeader {
    on eElected do (id: int) {
      assert id == leader, format("second leader {0}", id);
    }
  }
}

machine Candidate {
  start state Campaign {
    entry (cfg: (id: int, lowest: bool)) {
      if (cfg.lowest) {
        announce eElected, cfg.id;
      }
    }
  }
}

machine Election {
  start state Start {
    entry {
      new Candidate((id = 1, lowest = true));
      new Candidate((id = 2, lowest = false));
      new Candidate((id = 3, lowest = false));
    }
  }
}

test tcElection [main = Election]: assert AtMostOneLeader in { Election, Candidate };
