// bug: runtime-error
// Sending an event held in a variable that is still null is a bug (8.7 step 2: e is not null).
event eStart;
event eStop;

machine Device {
  start state On {
    ignore eStart, eStop;
  }
}

machine Main {
  var next: event;
  start state Control {
    entry {
      var d: Device;
      d = new Device();
      if ($) {
        next = eStart;
      }
      send d, next;
    }
  }
}
