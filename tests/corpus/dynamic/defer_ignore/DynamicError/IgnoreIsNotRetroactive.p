// bug: assertion
// Ignore only drops events while the ignoring state is current; an event queued behind eGo reaches the next state (8.5 step 2).
event eGo;
event eNoise;

machine Filter {
  start state Quiet {
    ignore eNoise;
    on eGo goto Loud;
  }
  state Loud {
    on eNoise do {
      assert false, "noise sent while Quiet was handled in Loud";
    }
  }
}

machine Main {
  start state Start {
    entry {
      var f: Filter;
      f = new Filter();
      send f, eNoise;
      send f, eGo;
      send f, eNoise;
    }
  }
}
