// A proposer tries to get its value chosen, making at most `maxAttempts` attempts, each
// with a fresh ballot unique to this proposer. An attempt is abandoned as soon as an
// acceptor reports a higher promise (eNack).
machine Proposer
  receives ePromise, eAccepted, eNack;
  sends ePrepare, eAcceptReq;
{
  var cfg: tProposerConfig;
  var attempt: int;
  var ballot: tBallot;
  var promisedBy: set[int];
  var highestAccepted: tProposal;   // the highest-ballot proposal reported in promises
  var acceptedBy: set[int];
  var proposal: tProposal;

  start state Init {
    entry (c: tProposerConfig) {
      cfg = c;
      goto Prepare;
    }
  }

  // Phase 1: ask a majority to promise `ballot`, and learn what they already accepted.
  state Prepare {
    entry {
      var a: Acceptor;
      ballot = attempt * cfg.nProposers + cfg.id + 1;
      promisedBy = default(set[int]);
      highestAccepted = default(tProposal);
      foreach (a in cfg.acceptors) {
        send a, ePrepare, (proposer = this, ballot = ballot);
      }
    }

    on ePromise do (p: (acceptor: int, ballot: tBallot, accepted: tProposal)) {
      if (p.ballot != ballot) {
        return;   // for an attempt already abandoned
      }
      promisedBy += (p.acceptor);
      if (p.accepted.ballot > highestAccepted.ballot) {
        highestAccepted = p.accepted;
      }
      if (sizeof(promisedBy) >= Majority(sizeof(cfg.acceptors))) {
        // Must propose the value of the highest accepted proposal, if any.
        if (highestAccepted.ballot > 0) {
          goto Accept, (ballot = ballot, value = highestAccepted.value);
        }
        goto Accept, (ballot = ballot, value = cfg.value);
      }
    }

    on eNack do (n: (acceptor: int, ballot: tBallot, promised: tBallot)) {
      if (n.ballot == ballot) {
        Retry();
      }
    }

    ignore eAccepted;   // from an abandoned attempt
  }

  // Phase 2: ask the acceptors to accept `proposal`.
  state Accept {
    entry (p: tProposal) {
      var a: Acceptor;
      proposal = p;
      acceptedBy = default(set[int]);
      foreach (a in cfg.acceptors) {
        send a, eAcceptReq, (proposer = this, proposal = proposal);
      }
    }

    on eAccepted do (acc: (acceptor: int, proposal: tProposal)) {
      if (acc.proposal.ballot != ballot) {
        return;
      }
      acceptedBy += (acc.acceptor);
      if (sizeof(acceptedBy) >= Majority(sizeof(cfg.acceptors))) {
        print format("proposer {0}: value {1} chosen with ballot {2}", cfg.id, proposal.value, ballot);
        goto Done;
      }
    }

    on eNack do (n: (acceptor: int, ballot: tBallot, promised: tBallot)) {
      if (n.ballot == ballot) {
        Retry();
      }
    }

    ignore ePromise;   // late promises for this ballot, or for abandoned ones
  }

  state Done {
    ignore ePromise, eAccepted, eNack;
  }

  state GaveUp {
    ignore ePromise, eAccepted, eNack;
  }

  fun Retry() {
    attempt = attempt + 1;
    if (attempt < cfg.maxAttempts) {
      goto Prepare;
    }
    print format("proposer {0}: giving up after {1} attempts", cfg.id, attempt);
    goto GaveUp;
  }
}
