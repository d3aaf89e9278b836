// OneLeaderPerTerm (safety): no two servers win an election in the same term.
spec OneLeaderPerTerm observes eSpec_BecameLeader {
  var leaderOf: map[tTerm, tServerId];

  start state Watching {
    on eSpec_BecameLeader do (e: (term: tTerm, leader: tServerId)) {
      if (e.term in leaderOf) {
        assert leaderOf[e.term] == e.leader,
          format("two leaders in term {0}: servers {1} and {2}", e.term, leaderOf[e.term], e.leader);
      } else {
        leaderOf[e.term] = e.leader;
      }
    }
  }
}

// LeaderEventuallyElected (liveness): hot until some server wins an election. Under fair
// scheduling, randomised timeouts eventually break every split vote.
spec LeaderEventuallyElected observes eSpec_BecameLeader {
  start hot state NoLeaderYet {
    on eSpec_BecameLeader goto LeaderElected;
  }

  cold state LeaderElected {
    ignore eSpec_BecameLeader;
  }
}
