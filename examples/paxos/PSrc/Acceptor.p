// The textbook acceptor. `promised` is the highest ballot it has promised; it never
// accepts a proposal below it, which is what keeps a value chosen once chosen.
machine PaxosAcceptor
  receives ePrepare, eAcceptReq;
  sends ePromise, eAccepted, eNack;
{
  var id: int;
  var learners: seq[Learner];
  var promised: tBallot;
  var accepted: tProposal;

  start state Serving {
    entry (cfg: tAcceptorConfig) {
      id = cfg.id;
      learners = cfg.learners;
    }

    on ePrepare do (req: (proposer: Proposer, ballot: tBallot)) {
      if (req.ballot > promised) {
        promised = req.ballot;
        send req.proposer, ePromise, (acceptor = id, ballot = req.ballot, accepted = accepted);
      } else {
        send req.proposer, eNack, (acceptor = id, ballot = req.ballot, promised = promised);
      }
    }

    on eAcceptReq do (req: (proposer: Proposer, proposal: tProposal)) {
      if (req.proposal.ballot >= promised) {
        promised = req.proposal.ballot;
        accepted = req.proposal;
        Announce(req.proposer, accepted, id, learners);
      } else {
        send req.proposer, eNack, (acceptor = id, ballot = req.proposal.ballot, promised = promised);
      }
    }
  }
}

// A "simplified" acceptor: it checks an accept request only against the ballot it last
// *accepted*, on the theory that promises are about prepare requests only. It answers
// prepares exactly like PaxosAcceptor.
machine SloppyAcceptor
  receives ePrepare, eAcceptReq;
  sends ePromise, eAccepted, eNack;
{
  var id: int;
  var learners: seq[Learner];
  var promised: tBallot;
  var accepted: tProposal;

  start state Serving {
    entry (cfg: tAcceptorConfig) {
      id = cfg.id;
      learners = cfg.learners;
    }

    on ePrepare do (req: (proposer: Proposer, ballot: tBallot)) {
      if (req.ballot > promised) {
        promised = req.ballot;
        send req.proposer, ePromise, (acceptor = id, ballot = req.ballot, accepted = accepted);
      } else {
        send req.proposer, eNack, (acceptor = id, ballot = req.ballot, promised = promised);
      }
    }

    on eAcceptReq do (req: (proposer: Proposer, proposal: tProposal)) {
      if (req.proposal.ballot >= accepted.ballot) {   // Bug: should compare with `promised`
        accepted = req.proposal;
        Announce(req.proposer, accepted, id, learners);
      } else {
        send req.proposer, eNack, (acceptor = id, ballot = req.proposal.ballot, promised = promised);
      }
    }
  }
}

// Tells the proposer and every learner that `acceptor` accepted `p`.
fun Announce(proposer: Proposer, p: tProposal, acceptor: int, learners: seq[Learner]) {
  var l: Learner;
  send proposer, eAccepted, (acceptor = acceptor, proposal = p);
  foreach (l in learners) {
    send l, eAccepted, (acceptor = acceptor, proposal = p);
  }
}
