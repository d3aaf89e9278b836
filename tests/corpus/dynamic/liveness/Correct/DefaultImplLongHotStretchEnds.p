// A program without tests whose progress spec stays hot for most of a run that ends on its own, cold (reference 7.4, 8.9, 8.11).
// P attaches no spec to DefaultImpl. pide attaches specs there for liveness, with a temperature
// threshold of a quarter of the step bound that stands for "hot in a run that never ends". Here
// 200 requests keep AllServed hot for about 800 steps, but every run ends by itself, within the
// 1,000-step bound, with the spec back in its cold state: no bug.
event eReq: machine;
event eResp;
event eStarted: int;

spec AllServed observes eStarted, eResp {
  var open: int;
  start cold state Done {
    on eStarted goto Busy with (n: int) { open = n; }
    ignore eResp;
  }
  hot state Busy {
    on eResp do {
      open = open - 1;
      if (open == 0) {
        goto Done;
      }
    }
    ignore eStarted;
  }
}

machine Server {
  start state Serving {
    on eReq do (client: machine) { send client, eResp; }
  }
}

machine Client {
  start state Working {
    entry (server: Server) {
      var i: int;
      while (i < 20) {
        send server, eReq, this;
        receive { case eResp: { } }
        i = i + 1;
      }
    }
  }
}

machine Main {
  start state Init {
    entry {
      var server: Server;
      var i: int;
      server = new Server();
      announce eStarted, 200;
      while (i < 10) {
        new Client(server);
        i = i + 1;
      }
    }
  }
}
