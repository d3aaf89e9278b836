// The coordinator runs one transaction at a time: it asks every participant to prepare,
// commits if all vote yes, and aborts on the first no vote or when its timer fires
// (a participant may have crashed). Requests arriving meanwhile are deferred.
machine Coordinator
  receives eWriteTrans, eVote, eTimeOut;
  sends ePrepare, eCommit, eAbort, eWriteTransResp, eStartTimer, eCancelTimer;
{
  var participants: seq[Participant];
  var timer: Timer;
  var current: tTrans;
  var yesVotes: set[int];

  start state Init {
    entry (ps: seq[Participant]) {
      participants = ps;
      timer = new Timer(this);
      goto WaitForTransactions;
    }
  }

  state WaitForTransactions {
    on eWriteTrans goto CollectVotes with (t: tTrans) {
      current = t;
      yesVotes = default(set[int]);
    }
    ignore eVote, eTimeOut;   // stragglers from transactions already decided
  }

  state CollectVotes {
    entry {
      var p: Participant;
      foreach (p in participants) {
        send p, ePrepare, (coordinator = this, transId = current.transId, key = current.key, val = current.val);
      }
      send timer, eStartTimer, current.transId;
    }

    defer eWriteTrans;

    on eVote do (v: tVoteMsg) {
      if (v.transId != current.transId) {
        return;   // a late vote for an earlier transaction
      }
      if (v.vote == VOTE_NO) {
        Decide(OUTCOME_ABORTED);
      }
      yesVotes += (v.participant);
      if (sizeof(yesVotes) == sizeof(participants)) {
        Decide(OUTCOME_COMMITTED);
      }
    }

    on eTimeOut do (id: int) {
      if (id == current.transId) {
        print format("transaction {0} timed out waiting for votes", id);
        Decide(OUTCOME_ABORTED);
      }
    }

    exit {
      send timer, eCancelTimer;
    }
  }

  // Tells every participant and the client, then moves on to the next transaction.
  fun Decide(outcome: tOutcome) {
    var p: Participant;
    foreach (p in participants) {
      if (outcome == OUTCOME_COMMITTED) {
        send p, eCommit, current.transId;
      } else {
        send p, eAbort, current.transId;
      }
    }
    send current.client, eWriteTransResp, (transId = current.transId, outcome = outcome);
    goto WaitForTransactions;
  }
}
