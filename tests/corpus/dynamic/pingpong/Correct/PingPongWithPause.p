// The ponger pauses now and then (`$`), deferring pings until it resumes; play continues forever (8.5 defer, 8.10).
event ePing: machine;
event ePong;
event eResume;

machine Ponger {
  start state Serve {
    on ePing do (p: machine) {
      send p, ePong;
      if ($) {
        goto Paused;
      }
    }
  }
  state Paused {
    defer ePing;
    entry { send this, eResume; }
    on eResume goto Serve;
  }
}

machine Main {
  var pong: Ponger;
  start state Pinging {
    entry {
      pong = new Ponger();
      send pong, ePing, this;
    }
    on ePong do { send pong, ePing, this; }
  }
}
