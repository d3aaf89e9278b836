// A nondeterministic timer may fire or not; the client handles timeout and response in every state (8.3, 8.10).
event eStartTimer: machine;
event eTimeout;
event eReq: machine;
event eResp;

machine Timer {
  start state Armed {
    on eStartTimer do (c: machine) {
      if ($) {
        send c, eTimeout;
      }
    }
  }
}

machine Server {
  start state Serve {
    on eReq do (c: machine) { send c, eResp; }
  }
}

machine Main {
  var outcome: string;
  start state Waiting {
    entry {
      send new Timer(), eStartTimer, this;
      send new Server(), eReq, this;
    }
    on eResp goto Done with { outcome = "response"; }
    on eTimeout goto Done with { outcome = "timeout"; }
  }
  state Done {
    ignore eResp, eTimeout;
    entry {
      assert outcome == "response" || outcome == "timeout";
    }
  }
}
