// Single-decree Paxos: proposers try to get one value chosen by a majority of acceptors;
// learners find out which value that is.

type tBallot = int;     // 0 means "none"; real ballots start at 1
type tValue = int;
type tProposal = (ballot: tBallot, value: tValue);

// Phase 1
event ePrepare: (proposer: Proposer, ballot: tBallot);
event ePromise: (acceptor: int, ballot: tBallot, accepted: tProposal);   // accepted.ballot == 0: nothing yet
// Phase 2
event eAcceptReq: (proposer: Proposer, proposal: tProposal);
event eAccepted: (acceptor: int, proposal: tProposal);                   // to the proposer and every learner
// Either phase: "I have promised a higher ballot"
event eNack: (acceptor: int, ballot: tBallot, promised: tBallot);

type tAcceptorConfig = (id: int, learners: seq[Learner]);
type tProposerConfig = (id: int, nProposers: int, value: tValue, acceptors: seq[Acceptor],
                        maxAttempts: int);

// Two acceptor implementations exist; a test binds one of them to this interface.
interface Acceptor(tAcceptorConfig) receives ePrepare, eAcceptReq;

fun Majority(n: int): int {
  return n / 2 + 1;
}
