// Program without tests: a ping-pong that never ends, whose spec returns to a cold state after
// every reply, so its temperature keeps resetting and no liveness bug is reported (8.11).
event ePing: machine;
event ePong;

spec PongsComeBack observes ePing, ePong {
  start cold state Quiet {
    on ePing goto Pending;
    ignore ePong;
  }
  hot state Pending {
    on ePong goto Quiet;
    ignore ePing;
  }
}

machine Echo {
  start state Serve {
    on ePing do (from: machine) { send from, ePong; }
  }
}

machine Main {
  var echo: machine;
  start state Run {
    entry {
      echo = new Echo();
      send echo, ePing, this;
    }
    on ePong do { send echo, ePing, this; }
  }
}
