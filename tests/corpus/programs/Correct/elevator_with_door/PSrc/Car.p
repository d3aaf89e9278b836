// The car keeps a set of requested floors, moves one floor per step towards
// the nearest request, and opens the door at each requested floor.
machine Car receives eCall, eDoorOpened, eDoorClosed, eTickMove; sends eOpenDoor, eCloseDoor, eMoving, eStopped, eServed, eTickMove, eArrived; {
  var door: esDoorCommands;
  var floor: tFloor;
  var requests: set[tFloor];
  var waiting: map[tFloor, seq[machine]];
  var direction: tDirection;

  start state Init {
    entry {
      door = new Door(this) to esDoorCommands;
      goto Parked;
    }
  }

  state Parked {
    entry {
      direction = IDLE;
      if (sizeof(requests) > 0) {
        goto Closing;
      }
    }
    on eCall do (c: tCall) {
      Record(c);
      goto Closing;
    }
    ignore eDoorOpened, eDoorClosed;
  }

  state Closing {
    entry {
      send door, eCloseDoor;
      if (skipDoorAck) {
        goto Moving;
      }
    }
    on eDoorClosed goto Moving;
    on eDoorOpened do {
      send door, eCloseDoor; // reopened by an obstruction: try again
    }
    on eCall do Record;
  }

  state Moving {
    entry {
      var target: tFloor;
      if (floor in requests) {
        goto Arrived;
      }
      target = Nearest();
      if (target > floor) {
        direction = UP;
      } else {
        direction = DOWN;
      }
      announce eMoving, (from = floor, dest = target);
      send this, eTickMove;
    }
    on eTickMove do {
      if (direction == UP) {
        floor = floor + 1;
      } else {
        floor = floor - 1;
      }
      if (floor in requests) {
        goto Arrived;
      }
      send this, eTickMove;
    }
    on eCall do Record;
    ignore eDoorClosed;
  }

  state Arrived {
    entry {
      var rider: machine;
      announce eStopped, floor;
      requests -= floor;
      announce eServed, floor;
      if (floor in waiting) {
        foreach (rider in waiting[floor]) {
          send rider, eArrived, floor;
        }
        waiting -= floor;
      }
      send door, eOpenDoor;
    }
    on eDoorOpened goto Parked;
    on eCall do Record;
    defer eTickMove;
    ignore eDoorClosed;
  }

  fun Record(c: tCall) {
    requests += (c.floor);
    if (!(c.floor in waiting)) {
      waiting[c.floor] = default(seq[machine]);
    }
    waiting[c.floor] += (sizeof(waiting[c.floor]), c.rider);
  }

  fun Nearest(): tFloor {
    var best: tFloor;
    var f: tFloor;
    var bestDist: int;
    bestDist = 1000;
    foreach (f in requests) {
      if (Abs(f - floor) < bestDist) {
        best = f;
        bestDist = Abs(f - floor);
      }
    }
    return best;
  }
}

fun Abs(x: int): int {
  if (x < 0) {
    return -x;
  }
  return x;
}
