// bug: unhandled-event
// A one-shot server serves the first request and moves to Closed, which rejects the second (8.5).
event eOpen: int;

machine OneShot {
  start state Ready {
    on eOpen goto Closed;
  }
  state Closed { }
}

machine Client {
  start state Go {
    entry (cfg: (server: OneShot, id: int)) {
      send cfg.server, eOpen, cfg.id;
    }
  }
}

machine Main {
  start state Start {
    entry {
      var s: OneShot;
      s = new OneShot();
      new Client((server = s, id = 1));
      new Client((server = s, id = 2));
    }
  }
}
