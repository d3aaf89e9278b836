// A receive with several cases takes whichever awaited event arrives first (8.6).
event eReq: machine;
event eGranted;
event eDenied;
event eBusy;

machine LockServer {
  start state Decide {
    on eReq do (c: machine) {
      if ($) {
        send c, eGranted;
      } else if ($) {
        send c, eDenied;
      } else {
        send c, eBusy;
      }
    }
  }
}

machine Main {
  start state Acquire {
    entry {
      var s: LockServer;
      var outcome: int;
      s = new LockServer();
      send s, eReq, this;
      receive {
        case eGranted: { outcome = 1; }
        case eDenied, eBusy: { outcome = 2; }
      }
      assert outcome == 1 || outcome == 2;
    }
  }
}
