// A client arms a timer and cancels it when the reply comes; a timeout that was already sent arrives after the cancel and is ignored by design (8.10 races, 8.5 ignore).
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
  var replies: int;
  var timeouts: int;
  start state Asking {
    entry {
      timer = new Timer();
      server = new Server();
      send timer, eStartTimer, this;
      send server, eReq, this;
    }
    on eResp goto Done with { replies = replies + 1; send timer, eCancel; }
    on eTimeout goto Done with { timeouts = timeouts + 1; }
  }
  state Done {
    entry { assert replies + timeouts == 1; }
    ignore eTimeout, eResp;
  }
}
