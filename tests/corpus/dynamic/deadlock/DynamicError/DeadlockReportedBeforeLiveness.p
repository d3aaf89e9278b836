// bug: deadlock
// When a run ends with a machine blocked in receive and a spec in a hot state, the deadlock is reported first (8.10 end of a schedule).
event eReq: machine;
event eResp;

spec Answered observes eReq, eResp {
  start cold state Idle {
    on eReq goto Waiting;
    ignore eResp;
  }
  hot state Waiting {
    on eResp goto Idle;
    ignore eReq;
  }
}

machine Server {
  start state Serve {
    ignore eReq;
  }
}

machine Main {
  start state Ask {
    entry {
      send new Server(), eReq, this;
      receive { case eResp: { } }
    }
  }
}

test tcPrecedence [main = Main]: assert Answered in { Main, Server };
