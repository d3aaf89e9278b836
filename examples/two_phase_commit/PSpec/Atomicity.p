// Atomicity (safety): for every transaction, either all participants that decide commit
// or all abort; and a transaction commits only if every participant it was sent to voted
// yes. The spec learns how many participants a transaction has by counting the ePrepare
// messages the coordinator sends.
spec Atomicity observes ePrepare, eVote, eSpec_LocalDecision {
  var asked: map[tTransId, int];
  var yesVoters: map[tTransId, set[int]];
  var committedBy: map[tTransId, set[int]];
  var abortedBy: map[tTransId, set[int]];

  start state Watching {
    on ePrepare do (req: tPrepareReq) {
      if (!(req.transId in asked)) {
        asked[req.transId] = 0;
        yesVoters[req.transId] = default(set[int]);
        committedBy[req.transId] = default(set[int]);
        abortedBy[req.transId] = default(set[int]);
      }
      asked[req.transId] = asked[req.transId] + 1;
    }

    on eVote do (v: tVoteMsg) {
      if (v.vote == VOTE_YES) {
        yesVoters[v.transId] += (v.participant);
      }
    }

    on eSpec_LocalDecision do (d: (transId: tTransId, participant: int, outcome: tOutcome)) {
      if (d.outcome == OUTCOME_COMMITTED) {
        assert sizeof(yesVoters[d.transId]) == asked[d.transId],
          format("participant {0} commits transaction {1}, but only {2} of {3} participants voted yes",
                 d.participant, d.transId, sizeof(yesVoters[d.transId]), asked[d.transId]);
        assert sizeof(abortedBy[d.transId]) == 0,
          format("participant {0} commits transaction {1}, which participants {2} aborted",
                 d.participant, d.transId, abortedBy[d.transId]);
        committedBy[d.transId] += (d.participant);
      } else {
        assert sizeof(committedBy[d.transId]) == 0,
          format("participant {0} aborts transaction {1}, which participants {2} committed",
                 d.participant, d.transId, committedBy[d.transId]);
        abortedBy[d.transId] += (d.participant);
      }
    }
  }
}

// Progress (liveness): every transaction a client submits is eventually answered. Hot
// while some transaction is unanswered; a run that ends in that state is a bug.
spec EveryTransactionAnswered observes eWriteTrans, eWriteTransResp {
  var pending: set[tTransId];

  start cold state AllAnswered {
    on eWriteTrans goto SomePending with (t: tTrans) { pending += (t.transId); }
    on eWriteTransResp do (r: tTransResp) {
      assert false, format("answer for transaction {0}, which nobody submitted", r.transId);
    }
  }

  hot state SomePending {
    on eWriteTrans do (t: tTrans) { pending += (t.transId); }
    on eWriteTransResp do (r: tTransResp) {
      assert r.transId in pending, format("answer for transaction {0}, which is not pending", r.transId);
      pending -= r.transId;
      if (sizeof(pending) == 0) {
        goto AllAnswered;
      }
    }
  }
}
