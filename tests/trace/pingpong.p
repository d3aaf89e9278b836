// Ping-pong for the trace debugger tests: the spec fails on the third pong; the logger
// halts with a message still queued (its inbox is dropped at the halt).
event ePing: machine;
event ePong: int;
event eLog: string;
event eStop;

spec FewPongs observes ePong {
  var pongs: int;
  start state Counting {
    on ePong do (n: int) {
      pongs = pongs + 1;
      assert n < 3, format("pong {0} is one too many", n);
    }
  }
}

machine Logger {
  var lines: int;
  start state Logging {
    on eLog do (line: string) { lines = lines + 1; }
    on eStop do { raise halt; }
  }
}

machine Server {
  var served: int;
  start state Serving {
    on ePing do (client: machine) {
      served = served + 1;
      send client, ePong, served;
    }
  }
}

machine Client {
  var server: machine;
  var logger: machine;
  var got: int;
  start state Init {
    entry {
      server = new Server();
      logger = new Logger();
      send logger, eStop;
      send logger, eLog, "late";
      goto Pinging;
    }
  }
  state Pinging {
    entry {
      send server, ePing, this;
      receive {
        case ePong: (n: int) { got = n; }
      }
      goto Pinging;
    }
  }
}

test tcPing [main=Client]: assert FewPongs in { Client, Server, Logger };
