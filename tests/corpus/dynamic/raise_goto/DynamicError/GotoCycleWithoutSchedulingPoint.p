// bug: cycle
// Two states goto each other from their entries forever; no scheduling point is ever reached, which reference 8.9 counts as a bug (P never returns from that step).
machine Main {
  var flips: int;
  start state Tick {
    entry { flips = flips + 1; goto Tock; }
  }
  state Tock {
    entry { goto Tick; }
  }
}
