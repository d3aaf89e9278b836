// bug: unhandled-event
// A timer decides with `$` to fire early; the client then times out and the late response hits a state without a handler (8.3, 8.10).
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
  start state Waiting {
    entry {
      send new Timer(), eStartTimer, this;
      send new Server(), eReq, this;
    }
    on eResp goto Done;
    on eTimeout goto Done;
  }
  state Done { }
}
