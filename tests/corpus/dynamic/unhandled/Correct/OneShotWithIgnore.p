// A one-shot server ignores further opens once Closed, whichever client wins the race (8.5 ignore).
event eOpen: int;

machine OneShot {
  var winner: int;
  start state Ready {
    on eOpen goto Closed with (id: int) {
      winner = id;
    }
  }
  state Closed {
    ignore eOpen;
    entry {
      assert winner == 1 || winner == 2;
    }
  }
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
