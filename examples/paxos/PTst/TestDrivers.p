// Creates learners, acceptors and proposers. Proposer i proposes value 100 + i.
fun StartPaxos(nProposers: int, nAcceptors: int, nLearners: int) {
  var learners: seq[Learner];
  var acceptors: seq[Acceptor];
  var i: int;
  announce eSpec_PaxosConfig, nAcceptors;
  while (i < nLearners) {
    learners += (i, new Learner((id = i, nAcceptors = nAcceptors)));
    i = i + 1;
  }
  i = 0;
  while (i < nAcceptors) {
    acceptors += (i, new Acceptor((id = i, learners = learners)));
    i = i + 1;
  }
  i = 0;
  while (i < nProposers) {
    new Proposer((id = i, nProposers = nProposers, value = 100 + i, acceptors = acceptors, maxAttempts = 3));
    i = i + 1;
  }
}

machine SingleProposerDriver {
  start state Init {
    entry { StartPaxos(1, 3, 1); }
  }
}

machine DuelingProposersDriver {
  start state Init {
    entry { StartPaxos(2, 3, 2); }
  }
}

param numAcceptors: int;

machine AcceptorCountDriver {
  start state Init {
    entry { StartPaxos(2, numAcceptors, 1); }
  }
}
