// bug: assertion
// Two agents book the last room; the hotel only counts confirmed bookings, so both holds can pass before either confirm (8.10).
event eHold: machine;
event eHeld: bool;
event eConfirm;

machine Hotel {
  var free: int;
  start state Open {
    entry { free = 1; }
    on eHold do (a: machine) {
      if (free > 0) {
        send a, eHeld, true;
      } else {
        send a, eHeld, false;
      }
    }
    on eConfirm do {
      free = free - 1;
      assert free >= 0, format("overbooked: {0} rooms free", free);
    }
  }
}

machine Agent {
  start state Book {
    entry (h: machine) {
      send h, eHold, this;
      receive {
        case eHeld: (ok: bool) { if (ok) { send h, eConfirm; } }
      }
    }
  }
}

machine Main {
  start state Start {
    entry {
      var h: Hotel;
      h = new Hotel();
      new Agent(h);
      new Agent(h);
    }
  }
}
