// Participants hold a replica of a key-value store. Every participant announces its local
// decision for each transaction (eSpec_LocalDecision) so the Atomicity spec can compare them.
event eSpec_LocalDecision: (transId: tTransId, participant: int, outcome: tOutcome);

// The textbook participant. Once it has voted yes it is *uncertain*: it must wait for the
// coordinator's decision, however long that takes.
machine TwoPCParticipant
  receives ePrepare, eCommit, eAbort;
  sends eVote;
{
  var cfg: tParticipantConfig;
  var store: map[string, int];
  var staged: tPrepareReq;

  start state Init {
    entry (c: tParticipantConfig) {
      cfg = c;
      goto Ready;
    }
  }

  state Ready {
    on ePrepare do (req: tPrepareReq) {
      MaybeCrash();
      if (cfg.canVoteNo && $) {
        // e.g. a conflicting local lock: abort right away.
        announce eSpec_LocalDecision, (transId = req.transId, participant = cfg.id, outcome = OUTCOME_ABORTED);
        send req.coordinator, eVote, (participant = cfg.id, transId = req.transId, vote = VOTE_NO);
        return;
      }
      staged = req;
      send req.coordinator, eVote, (participant = cfg.id, transId = req.transId, vote = VOTE_YES);
      goto Prepared;
    }
    // The abort for a transaction this participant voted no on (or never saw).
    ignore eAbort;
  }

  state Prepared {
    on eCommit do (t: tTransId) {
      assert t == staged.transId, format("commit of {0} while prepared for {1}", t, staged.transId);
      MaybeCrash();
      store[staged.key] = staged.val;
      print format("participant {0}: {1} = {2}", cfg.id, staged.key, store[staged.key]);
      announce eSpec_LocalDecision, (transId = t, participant = cfg.id, outcome = OUTCOME_COMMITTED);
      goto Ready;
    }
    on eAbort do (t: tTransId) {
      assert t == staged.transId, format("abort of {0} while prepared for {1}", t, staged.transId);
      announce eSpec_LocalDecision, (transId = t, participant = cfg.id, outcome = OUTCOME_ABORTED);
      goto Ready;
    }
  }

  // Failure injection: a crash-prone participant may stop for good at any message.
  fun MaybeCrash() {
    if (cfg.canCrash && $) {
      print format("participant {0} crashes", cfg.id);
      raise halt;
    }
  }
}

// An "impatient" participant: after voting yes it starts a timer, and if the decision has
// not arrived when the timer fires it aborts on its own, to release its locks. This breaks
// atomicity: the coordinator may already have decided to commit.
machine ImpatientParticipant
  receives ePrepare, eCommit, eAbort, eTimeOut;
  sends eVote, eStartTimer, eCancelTimer;
{
  var cfg: tParticipantConfig;
  var store: map[string, int];
  var staged: tPrepareReq;
  var timer: Timer;

  start state Init {
    entry (c: tParticipantConfig) {
      cfg = c;
      timer = new Timer(this);
      goto Ready;
    }
  }

  state Ready {
    on ePrepare do (req: tPrepareReq) {
      staged = req;
      send req.coordinator, eVote, (participant = cfg.id, transId = req.transId, vote = VOTE_YES);
      goto Prepared;
    }
    // The decision for a transaction it already gave up on, or a stale timeout.
    ignore eCommit, eAbort, eTimeOut;
  }

  state Prepared {
    entry {
      send timer, eStartTimer, staged.transId;
    }
    on eCommit do (t: tTransId) { Finish(t, OUTCOME_COMMITTED); }
    on eAbort do (t: tTransId) { Finish(t, OUTCOME_ABORTED); }
    on eTimeOut do (t: tTransId) {
      if (t == staged.transId) {
        print format("participant {0} gives up on transaction {1}", cfg.id, t);
        Finish(t, OUTCOME_ABORTED);
      }
    }
    exit {
      send timer, eCancelTimer;
    }
  }

  fun Finish(t: tTransId, outcome: tOutcome) {
    if (outcome == OUTCOME_COMMITTED) {
      store[staged.key] = staged.val;
      print format("participant {0}: {1} = {2}", cfg.id, staged.key, store[staged.key]);
    }
    announce eSpec_LocalDecision, (transId = t, participant = cfg.id, outcome = outcome);
    goto Ready;
  }
}
