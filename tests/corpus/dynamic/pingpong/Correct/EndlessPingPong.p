// Two machines exchange ePing/ePong forever; reaching the step bound is not a bug (8.9, 8.10).
event ePing: machine;
event ePong;

machine Main {
  var pong: machine;
  var rounds: int;
  start state Serve {
    entry {
      pong = new Ponger();
      send pong, ePing, this;
    }
    on ePong do {
      rounds = rounds + 1;
      send pong, ePing, this;
    }
  }
}

machine Ponger {
  start state Waiting {
    on ePing do (caller: machine) {
      send caller, ePong;
    }
  }
}
