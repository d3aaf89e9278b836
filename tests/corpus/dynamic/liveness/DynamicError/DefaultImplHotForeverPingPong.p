// bug: liveness
// Program without tests: two machines ping-pong forever, and the spec's hot state never cools
// down because replies are lost in a warm state loop. DefaultImpl checks temperature (8.9, 8.11).
event ePing: machine;
event ePong;

spec PongsComeBack observes ePing, ePong {
  start cold state Quiet {
    on ePing goto Pending;
    ignore ePong;
  }
  hot state Pending {
    on ePong goto Seen;
    ignore ePing;
  }
  state Seen {
    on ePing goto Pending;
    ignore ePong;
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
