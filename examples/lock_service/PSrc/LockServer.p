// The lock server grants one lease at a time. A lease lasts until the holder releases it
// or the lease timer fires; each renewal restarts the timer. Requests that arrive while
// the lock is held wait in a FIFO queue.
machine LockServer
  receives eAcquire, eRenew, eRelease, eTimeOut;
  sends eGranted, eRenewResp, eArm, eDisarm;
{
  var cfg: tServerConfig;
  var timer: Timer;
  var epoch: int;
  var lastToken: tToken;
  var holder: (client: LockClient, token: tToken);
  var waiters: seq[tAcquireReq];

  start state Init {
    entry (c: tServerConfig) {
      cfg = c;
      timer = new Timer(this);
      goto Free;
    }
  }

  state Free {
    entry {
      var next: tAcquireReq;
      if (sizeof(waiters) > 0) {
        next = waiters[0];
        waiters -= 0;
        Grant(next);
      }
    }
    on eAcquire do (req: tAcquireReq) { Grant(req); }
    on eRenew do (r: tRenewReq) { send r.client, eRenewResp, (token = r.token, ok = false); }
    ignore eRelease, eTimeOut;   // from leases that have already ended
  }

  state Held {
    entry { ArmLeaseTimer(); }

    on eAcquire do (req: tAcquireReq) {
      waiters += (sizeof(waiters), req);
    }

    on eRenew do (r: tRenewReq) {
      if (r.token == holder.token) {
        ArmLeaseTimer();
        send r.client, eRenewResp, (token = r.token, ok = true);
      } else {
        send r.client, eRenewResp, (token = r.token, ok = false);
      }
    }

    on eRelease do (token: tToken) {
      if (token == holder.token) {
        goto Free;
      }
    }

    on eTimeOut do (e: int) {
      if (e == epoch) {
        print format("lease {0} expired", holder.token);
        if (!cfg.serveWaitersOnExpiry) {
          // Bug: expiry is handled like a server reset, which also clears the queue.
          waiters = default(seq[tAcquireReq]);
        }
        goto Free;
      }
    }

    exit {
      epoch = epoch + 1;
      send timer, eDisarm;
      announce eSpec_LeaseEnded, holder.token;
    }
  }

  fun Grant(req: tAcquireReq) {
    lastToken = lastToken + 1;
    holder = (client = req.client, token = lastToken);
    send req.client, eGranted, lastToken;
    goto Held;
  }

  fun ArmLeaseTimer() {
    epoch = epoch + 1;
    send timer, eArm, epoch;
  }
}
