// bug: deadlock
// With retries = false a dropped request is never resent and the client waits forever (7.3 bool params).
param retries: bool;

event eReq: machine;
event eResp;
event eDropped;

machine Server {
  var first: bool;
  start state Serve {
    entry { first = true; }
    on eReq do (c: machine) {
      if (first) {
        first = false;
        send c, eDropped;
      } else {
        send c, eResp;
      }
    }
  }
}

machine Client {
  start state Ask {
    entry {
      var s: Server;
      var done: bool;
      s = new Server();
      send s, eReq, this;
      while (!done) {
        receive {
          case eResp: { done = true; }
          case eDropped: {
            if (retries) {
              send s, eReq, this;
            } else {
              receive { case eResp: { done = true; } }
            }
          }
        }
      }
    }
  }
}

test param (retries in [true, false]) tcRetry [main = Client]: { Client, Server };
