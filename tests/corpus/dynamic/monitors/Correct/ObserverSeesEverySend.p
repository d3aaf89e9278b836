// A spec watching the whole module sees every observed send from every machine and ends cold (7.6, 8.11).
event eReq: machine;
event eResp;

spec AllAnswered observes eReq, eResp {
  var open: int;
  start cold state Quiet {
    on eReq goto Busy with { open = open + 1; }
    ignore eResp;
  }
  hot state Busy {
    on eReq do { open = open + 1; }
    on eResp do {
      open = open - 1;
      if (open == 0) {
        goto Quiet;
      }
    }
  }
}

machine Server {
  start state Serve {
    on eReq do (c: machine) { send c, eResp; }
  }
}

machine Client {
  start state Ask {
    entry (s: machine) {
      send s, eReq, this;
      send s, eReq, this;
    }
    on eResp do { }
  }
}

machine Main {
  start state Start {
    entry {
      var s: Server;
      s = new Server();
      new Client(s);
      new Client(s);
    }
  }
}

test tcAnswered [main = Main]: assert AllAnswered in { Main, Server, Client };
