// A client increments the shared counter under the lock. Each round it acquires a lease
// and performs a few read-increment-write steps, renewing the lease before each one. If a
// renewal is refused, or storage fences it off, the lease is gone and the round ends
// early; otherwise the client releases the lock at the end of the round.
machine LockClient
  receives eGranted, eRenewResp, eReadResp, eWriteResp;
  sends eAcquire, eRenew, eRelease, eReadReq, eWriteReq;
{
  var cfg: tClientConfig;

  start state Working {
    entry (c: tClientConfig) {
      var round: int;
      cfg = c;
      while (round < cfg.rounds) {
        DoRound();
        round = round + 1;
      }
    }
  }

  fun DoRound() {
    var token: tToken;
    var done: int;
    send cfg.server, eAcquire, (client = this, clientId = cfg.id);
    receive {
      case eGranted: (t: tToken) { token = t; }
    }
    while (done < cfg.incrementsPerRound) {
      if (!Renew(token) || !Increment(token)) {
        print format("client {0} lost lease {1}", cfg.id, token);
        return;
      }
      done = done + 1;
    }
    send cfg.server, eRelease, token;
  }

  fun Renew(token: tToken): bool {
    var ok: bool;
    send cfg.server, eRenew, (client = this, token = token);
    receive {
      case eRenewResp: (r: (token: tToken, ok: bool)) { ok = r.ok; }
    }
    return ok;
  }

  // The critical section: a read-modify-write of the counter.
  fun Increment(token: tToken): bool {
    var value: int;
    var ok: bool;
    send cfg.storage, eReadReq, (client = this, token = token);
    receive {
      case eReadResp: (r: (ok: bool, value: int)) {
        ok = r.ok;
        value = r.value;
      }
    }
    if (!ok) {
      return false;
    }
    send cfg.storage, eWriteReq, (client = this, token = token, value = value + 1);
    receive {
      case eWriteResp: (written: bool) { ok = written; }
    }
    return ok;
  }
}
