// A learner counts acceptances per ballot; the first ballot accepted by a majority tells
// it the chosen value, which it announces.
event eSpec_ValueLearned: (learner: int, value: tValue);

machine Learner
  receives eAccepted;
{
  var id: int;
  var nAcceptors: int;
  var acceptors: map[tBallot, set[int]];
  var learned: bool;

  start state Learning {
    entry (cfg: (id: int, nAcceptors: int)) {
      id = cfg.id;
      nAcceptors = cfg.nAcceptors;
    }

    on eAccepted do (acc: (acceptor: int, proposal: tProposal)) {
      var b: tBallot;
      b = acc.proposal.ballot;
      if (!(b in acceptors)) {
        acceptors[b] = default(set[int]);
      }
      acceptors[b] += (acc.acceptor);
      if (!learned && sizeof(acceptors[b]) >= Majority(nAcceptors)) {
        learned = true;
        announce eSpec_ValueLearned, (learner = id, value = acc.proposal.value);
      }
    }
  }
}
