// Variables may be named like a machine, a state or an event set; types still resolve to type-like declarations (reference 3.2, 3.3).
event ePing;
eventset esPing = { ePing };

machine Server {
  start state Idle {
    ignore ePing;
  }
}

machine Client {
  var Server: int;
  var Idle: bool;
  var esPing: string;
  var target: Server;
  start state Idle {
    entry {
      Server = 1;
      Idle = true;
      esPing = "ping";
      target = new Server();
    }
  }
}
