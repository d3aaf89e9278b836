// bug: unhandled-event
// The same client without `ignore`: a timeout sent just before the cancel arrives in Done, which cannot handle it (8.10, 8.5 unhandled).
event eStartTimer: machine;
event eCancel;
event eTimeout;
event eReq: machine;
event eResp;

machine Timer {
  var client: machine;
  start state Idle {
    on eStartTimer goto Armed;
    ignore eCancel;
  }
  state Armed {
    entry (c: machine) {
      client = c;
      if ($) { send client, eTimeout; goto Idle; }
    }
    on eCancel goto Idle;
  }
}

machine Server {
  start state S {
    on eReq do (c: machine) { send c, eResp; }
  }
}

machine Main {
  var timer: machine;
  var server: machine;
  start state Asking {
    entry {
      timer = new Timer();
      server = new Server();
      send timer, eStartTimer, this;
      send server, eReq, this;
    }
    on eResp goto Done with { send timer, eCancel; }
    on eTimeout goto Done;
  }
  state Done {
    ignore eResp;
  }
}
