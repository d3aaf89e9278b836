// A client retries a request over a lossy link at most three times, then reports failure; the spec accepts either outcome but requires exactly one per request (8.3 `$`, 8.11).
event eReq: machine;
event eResp;
event eRetryTimer;
event eOutcome: bool;

spec OneOutcome observes eOutcome {
  var outcomes: int;
  start cold state Waiting {
    on eOutcome do (ok: bool) {
      outcomes = outcomes + 1;
      assert outcomes == 1, "a request got two outcomes";
    }
  }
}

machine Server {
  start state Serve {
    on eReq do (c: machine) {
      if ($) { send c, eResp; }
    }
  }
}

machine Main {
  var server: machine;
  var attempts: int;
  start state Try {
    entry {
      server = new Server();
      Attempt();
    }
    on eResp goto Done with { announce eOutcome, true; }
    on eRetryTimer do {
      if (attempts < 3) { Attempt(); }
      else { goto GaveUp; }
    }
  }
  state GaveUp {
    entry { announce eOutcome, false; }
    ignore eResp, eRetryTimer;
  }
  state Done {
    ignore eResp, eRetryTimer;
  }
  fun Attempt() {
    attempts = attempts + 1;
    send server, eReq, this;
    send this, eRetryTimer;
  }
}

test tcRetries [main=Main]: assert OneOutcome in { Main, Server };
