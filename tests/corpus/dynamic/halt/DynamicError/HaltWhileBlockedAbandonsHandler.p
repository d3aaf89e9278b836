// bug: unhandled-event
// halt reaching a machine blocked in a receive without a halt case acts like `raise halt`; this state handles halt by moving to Draining, which cannot take the queued eLate (8.6 step 5).
event eReply;
event eLate;

machine Client {
  start state Wait {
    entry {
      receive { case eReply: { } }
    }
    on halt goto Draining;
  }
  state Draining {
    on eReply do { }
  }
}

machine Main {
  start state Run {
    entry {
      var c: machine;
      c = new Client();
      send c, halt;
      send c, eLate;
    }
  }
}
