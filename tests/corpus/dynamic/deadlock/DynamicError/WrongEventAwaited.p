// bug: deadlock
// The server answers with eDenied but the client only awaits eGranted; eDenied stays queued (8.6).
event eAcquire: machine;
event eGranted;
event eDenied;

machine LockServer {
  start state Held {
    on eAcquire do (c: machine) {
      send c, eDenied;
    }
  }
}

machine Main {
  start state Acquire {
    entry {
      var s: LockServer;
      s = new LockServer();
      send s, eAcquire, this;
      receive {
        case eGranted: { }
      }
    }
    ignore eDenied;
  }
}
