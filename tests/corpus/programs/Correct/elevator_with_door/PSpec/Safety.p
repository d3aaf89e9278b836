// The door is closed whenever the car moves.
spec DoorClosedWhileMoving observes eDoorState, eMoving {
  var open: bool;
  start state Watching {
    on eDoorState do (isOpen: bool) { open = isOpen; }
    on eMoving do (m: (from: tFloor, dest: tFloor)) {
      assert !open, format("moving from {0} to {1} with the door open", m.from, m.dest);
    }
  }
}

// Every requested floor is eventually served.
spec RequestsServed observes eRequested, eServed {
  var pending: map[tFloor, int];
  start cold state AllServed {
    on eRequested goto Pending with (f: tFloor) { Add(f); }
    ignore eServed;
  }
  hot state Pending {
    on eRequested do (f: tFloor) { Add(f); }
    on eServed do (f: tFloor) {
      pending -= f;
      if (sizeof(pending) == 0) {
        goto AllServed;
      }
    }
  }
  fun Add(f: tFloor) {
    if (f in pending) {
      pending[f] = pending[f] + 1;
    } else {
      pending[f] = 1;
    }
  }
}
