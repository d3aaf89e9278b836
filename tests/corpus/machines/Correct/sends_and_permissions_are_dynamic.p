// Sending outside the `sends` set or outside the target's receive set is a runtime error, not a static one (reference 4.5, 8.7).
event eReq;
event eOther;
machine Server receives eReq; {
  start state S { ignore eReq; }
}
machine Client sends eReq; {
  var srv: Server;
  start state S {
    entry {
      srv = new Server();
      if ($) { send srv, eOther; }
      send srv, eReq;
    }
  }
}
