// A raise in an entry is handled right after the entry, before any queued event (8.5 raise).
event eReq;
event eWarm;

machine Service {
  var warm: bool;
  start state Booting {
    entry {
      raise eWarm;
    }
    on eWarm goto Ready with { warm = true; }
  }
  state Ready {
    on eReq do {
      assert warm, "request served before warm-up";
    }
  }
}

machine Main {
  start state Start {
    entry {
      send new Service(), eReq;
    }
  }
}
