// Events are first-class values: a dispatch table maps commands to events that are then sent (5.1 event, 8.7).
event eStart;
event eStop;
event eStatus: machine;
event eState: bool;

machine Engine {
  var running: bool;
  start state Run {
    on eStart do { running = true; }
    on eStop do { running = false; }
    on eStatus do (c: machine) { send c, eState, running; }
  }
}

machine Main {
  start state Control {
    entry {
      var table: map[string, event];
      var e: Engine;
      table["go"] = eStart;
      table["halt"] = eStop;
      e = new Engine();
      send e, table["go"];
      send e, table["halt"];
      send e, table["go"];
      send e, eStatus, this;
      receive { case eState: (running: bool) { assert running, "engine should be running"; } }
    }
  }
}
