// bug: assertion
// A spec asserts at most one leader; two candidates both declare themselves elected (8.8, 8.9).
event eElected: int;

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
      assert id == leader, format("second leader {0} while {1} leads", id, leader);
    }
  }
}

machine Candidate {
  start state Campaign {
    entry (id: int) {
      announce eElected, id;
    }
  }
}

machine Election {
  start state Start {
    entry {
      new Candidate(1);
      new Candidate(2);
    }
  }
}

test tcElection [main = Election]: assert AtMostOneLeader in { Election, Candidate };
