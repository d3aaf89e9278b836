// bug: assertion
// The same client counts an outcome for every reply, so a late reply to an earlier attempt gives the request a second outcome (8.10 interleavings, 8.8).
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
    on eResp do { announce eOutcome, true; }
    on eRetryTimer do {
      if (attempts < 3) { Attempt(); }
    }
  }
  fun Attempt() {
    attempts = attempts + 1;
    send server, eReq, this;
    send this, eRetryTimer;
  }
}

test tcRetries [main=Main]: assert OneOutcome in { Main, Server };
