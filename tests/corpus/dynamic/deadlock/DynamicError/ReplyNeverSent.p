// bug: deadlock
// A client blocks in receive for eResp, but the server only logs requests (8.6, 8.9 deadlock).
event eReq: machine;
event eResp;

machine Logger {
  var logged: int;
  start state Log {
    on eReq do (from: machine) {
      logged = logged + 1;
    }
  }
}

machine Main {
  start state Ask {
    entry {
      var l: Logger;
      l = new Logger();
      send l, eReq, this;
      receive {
        case eResp: { }
      }
    }
  }
}
