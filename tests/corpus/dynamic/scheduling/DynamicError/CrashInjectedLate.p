// bug: assertion
// A crash injector is enabled from the start, but the bug needs its crash after the 25th of 30 sequential requests: random scheduling runs it early in practically every schedule, a low PCT priority delays it (8.10, 9.5).
event eReq: (c: machine, n: int); event eResp: int; event eCrash;
machine Main {
  start state S {
    entry {
      var s: machine;
      s = new Server();
      new Injector(s);
      new Client(s);
    }
  }
}
machine Injector {
  start state S { entry (s: machine) { send s, eCrash; } }
}
machine Client {
  start state S {
    entry (s: machine) {
      var n: int;
      while (n < 30) {
        send s, eReq, (c = this, n = n);
        receive { case eResp: (v: int) { } }
        n = n + 1;
      }
    }
  }
}
machine Server {
  var served: int;
  start state S {
    on eReq do (r: (c: machine, n: int)) { served = served + 1; send r.c, eResp, served; }
    on eCrash do { assert served < 25, format("crash after {0} requests", served); }
  }
}
