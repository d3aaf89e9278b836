// bug: deadlock
// A flaky server decides with `$` whether to answer; when it does not, the client waits forever (8.3, 8.6).
event eReq: machine;
event eResp;

machine FlakyServer {
  start state Serve {
    on eReq do (c: machine) {
      if ($) {
        send c, eResp;
      }
    }
  }
}

machine Main {
  start state Ask {
    entry {
      var s: FlakyServer;
      var i: int;
      s = new FlakyServer();
      while (i < 2) {
        send s, eReq, this;
        receive {
          case eResp: { }
        }
        i = i + 1;
      }
    }
  }
}
