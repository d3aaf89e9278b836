// An event held in a variable is sent like an event name once it is set (8.7; payload unchecked statically, 6.2).
event eStart;
event eStop;

machine Device {
  var running: bool;
  start state On {
    on eStart do { running = true; }
    on eStop do { running = false; }
  }
}

machine Main {
  start state Control {
    entry {
      var d: Device;
      var cmds: seq[event];
      var e: event;
      d = new Device();
      cmds += (0, eStart);
      cmds += (1, eStop);
      cmds += (2, eStart);
      foreach (e in cmds) {
        send d, e;
      }
    }
  }
}
