// A client sends its deposits one at a time. Each attempt may be lost; the
// client retries on timeout, with the same key, at most maxAttempts times.
machine RetryingClient
  receives eDepositResp, eTimeOut;
  sends eDeposit, eStartTimer, eCancelTimer, eClientOutcome;
{
  var server: IAccountServer;
  var timer: Timer;
  var pending: seq[tDepositReq];
  var current: tDepositReq;
  var attempts: int;
  var maxAttempts: int;

  start state Init {
    entry (cfg: tClientConfig) {
      var i: int;
      server = cfg.server;
      maxAttempts = cfg.maxAttempts;
      timer = CreateTimer(this);
      while (i < cfg.count) {
        pending += (sizeof(pending), (client = this, key = cfg.firstKey + i,
                                      account = format("acct{0}", i % 2), amount = i + 1));
        i = i + 1;
      }
      goto NextRequest;
    }
  }

  state NextRequest {
    entry {
      if (sizeof(pending) == 0) {
        goto Done;
      }
      current = pending[0];
      pending -= 0;
      attempts = 0;
      goto Sending;
    }
  }

  state Sending {
    entry {
      attempts = attempts + 1;
      if ($) {
        send server, eDeposit, current;
      }
      StartTimer(timer);
    }

    on eDepositResp do (resp: tDepositResp) {
      if (resp.key != current.key) {
        return; // a late answer to an earlier key
      }
      CancelTimer(timer);
      announce eClientOutcome, (key = current.key, acknowledged = resp.status != RPC_REJECTED);
      goto NextRequest;
    }

    on eTimeOut do {
      if (attempts < maxAttempts) {
        goto Sending;
      }
      print format("client gives up on key {0} after {1} attempts", current.key, attempts);
      announce eClientOutcome, (key = current.key, acknowledged = false);
      goto NextRequest;
    }
  }

  state Done {
    ignore eDepositResp, eTimeOut;
  }
}
