module Proposers = { Proposer };
module Learners = { Learner };
module CorrectAcceptors = { PaxosAcceptor -> Acceptor };
module SloppyAcceptors = { SloppyAcceptor -> Acceptor };

module Paxos = union Proposers, Learners, CorrectAcceptors;
module SloppyPaxos = union Proposers, Learners, SloppyAcceptors;

test tcSingleProposer [main = SingleProposerDriver]:
  assert Agreement in (union Paxos, { SingleProposerDriver });

test tcDuelingProposers [main = DuelingProposersDriver]:
  assert Agreement in (union Paxos, { DuelingProposersDriver });

test param (numAcceptors in [3, 4, 5]) tcAcceptorCount [main = AcceptorCountDriver]:
  assert Agreement in (union Paxos, { AcceptorCountDriver });

// Same workload as tcDuelingProposers, with acceptors that do not honour their promises.
test tcSloppyAcceptors [main = DuelingProposersDriver]:
  assert Agreement in (union SloppyPaxos, { DuelingProposersDriver });
