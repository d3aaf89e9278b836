// Requests are deferred until login and served in order afterwards; logout ignores stragglers (8.5 defer, ignore).
event eLogin: string;
event eRequest: int;
event eLogout;

machine Session {
  var user: string;
  var served: seq[int];
  start state Anonymous {
    defer eRequest;
    on eLogin goto Authenticated with (u: string) { user = u; }
  }
  state Authenticated {
    on eRequest do (r: int) {
      assert user == "ana";
      served += (sizeof(served), r);
      assert served[sizeof(served) - 1] == sizeof(served), format("served {0}", served);
    }
    on eLogout goto Closed;
  }
  state Closed {
    ignore eRequest, eLogin, eLogout;
  }
}

machine Main {
  start state Start {
    entry {
      var s: Session;
      s = new Session();
      send s, eRequest, 1;
      send s, eRequest, 2;
      send s, eLogin, "ana";
      send s, eRequest, 3;
      send s, eLogout;
      send s, eRequest, 4;
    }
  }
}
