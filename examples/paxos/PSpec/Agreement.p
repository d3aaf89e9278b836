// The driver announces the number of acceptors, which defines what a majority is.
event eSpec_PaxosConfig: int;

// Agreement (safety): at most one value is ever chosen. A value is chosen when a majority
// of acceptors have accepted it with the same ballot; the spec computes that directly
// from the eAccepted messages, independently of proposers and learners. It also checks
// that every value a learner announces is the chosen one.
spec Agreement observes eSpec_PaxosConfig, eAccepted, eSpec_ValueLearned {
  var nAcceptors: int;
  var acceptedBy: map[tBallot, set[int]];
  var chosen: tProposal;   // ballot 0: nothing chosen yet

  start state Watching {
    on eSpec_PaxosConfig do (n: int) { nAcceptors = n; }

    on eAccepted do (acc: (acceptor: int, proposal: tProposal)) {
      var b: tBallot;
      b = acc.proposal.ballot;
      if (!(b in acceptedBy)) {
        acceptedBy[b] = default(set[int]);
      }
      acceptedBy[b] += (acc.acceptor);
      if (sizeof(acceptedBy[b]) >= Majority(nAcceptors)) {
        if (chosen.ballot == 0) {
          chosen = acc.proposal;
        } else {
          assert chosen.value == acc.proposal.value,
            format("two values chosen: {0} (ballot {1}) and {2} (ballot {3})",
                   chosen.value, chosen.ballot, acc.proposal.value, b);
        }
      }
    }

    on eSpec_ValueLearned do (l: (learner: int, value: tValue)) {
      assert chosen.ballot != 0 && chosen.value == l.value,
        format("learner {0} learned {1}, but the chosen value is {2}", l.learner, l.value, chosen.value);
    }
  }
}
