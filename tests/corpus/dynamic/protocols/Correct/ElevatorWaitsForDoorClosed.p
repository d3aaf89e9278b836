// test: tcElevator
// An elevator car and its door, hidden behind hidee inside a module where both are created and bound; an eventset-typed door reference (to), a door that reopens under $$, a parameterised test reduced with (2 wise), and a progress spec (4.3, 7.1 hidee, 7.3).

// ---- PSrc/Car.p
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

// ---- PSrc/Door.p
// The door reports its state to the car; a close may be interrupted by an
// obstruction, after which the door reopens.
machine Door receives eOpenDoor, eCloseDoor; sends eDoorOpened, eDoorClosed, eDoorState; {
  var car: machine;
  var obstructions: int;

  start state Closed {
    entry (c: machine) {
      car = c;
    }
    on eOpenDoor goto Open;
    on eCloseDoor do { send car, eDoorClosed; }
  }

  state Open {
    entry {
      announce eDoorState, true;
      send car, eDoorOpened;
    }
    on eCloseDoor do {
      if (obstructions < 1 && $$) {
        obstructions = obstructions + 1;
        send car, eDoorOpened; // reopened: the car must ask again
        return;
      }
      announce eDoorState, false;
      goto ClosedAgain;
    }
    ignore eOpenDoor;
  }

  state ClosedAgain {
    entry {
      send car, eDoorClosed;
    }
    on eOpenDoor goto Open;
    on eCloseDoor do { send car, eDoorClosed; }
  }
}

// ---- PSrc/Rider.p
machine Rider receives eArrived; sends eCall, eRequested; {
  start state Riding {
    entry (cfg: (car: machine, trips: int)) {
      var i: int;
      var dest: tFloor;
      while (i < cfg.trips) {
        dest = choose(numFloors);
        announce eRequested, dest;
        send cfg.car, eCall, (rider = this, floor = dest);
        receive {
          case eArrived: (f: tFloor) { assert f == dest, format("wanted {0}, arrived at {1}", dest, f); }
        }
        i = i + 1;
      }
    }
  }
}

// The building creates the car, so that the car and its door are both
// created and bound inside the module that hides the door's events.
machine Building receives; sends; {
  start state Open {
    entry (cfg: (floors: int, riders: int)) {
      var car: Car;
      var r: int;
      car = new Car();
      while (r < cfg.riders) {
        new Rider((car = car, trips = 2));
        r = r + 1;
      }
    }
  }
}

// ---- PSrc/Types.p
// One elevator car with a door, serving floor requests from several riders.
enum tDirection { IDLE = 0, UP = 1, DOWN = 2 }
type tFloor = int;
type tCall = (rider: machine, floor: tFloor);

event eCall: tCall;
event eArrived: tFloor;
event eOpenDoor;
event eCloseDoor;
event eDoorOpened;
event eDoorClosed;
event eMoving: (from: tFloor, dest: tFloor);
event eStopped: tFloor;
event eDoorState: bool;
event eRequested: tFloor;
event eServed: tFloor;
event eTickMove;

eventset esDoorCommands = { eOpenDoor, eCloseDoor };

param numFloors: int;
param numRiders: int;
param skipDoorAck: bool;

// ---- PSpec/Safety.p
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

// ---- PTst/Tests.p
machine ElevatorTest receives; sends; {
  start state Init {
    entry {
      new Building((floors = numFloors, riders = numRiders));
    }
  }
}

module CarAndDoor = hidee eOpenDoor, eCloseDoor, eDoorOpened, eDoorClosed in { Car, Door, Building };
module Riders = { Rider };

test param (numFloors in [2, 4], numRiders in [1, 2], skipDoorAck in [false]) (2 wise) tcElevator [main = ElevatorTest]:
  assert DoorClosedWhileMoving, RequestsServed in (union CarAndDoor, Riders, { ElevatorTest });

test param (numFloors in [3], numRiders in [1], skipDoorAck in [true]) tcNoDoorAck [main = ElevatorTest]:
  assert DoorClosedWhileMoving in (union CarAndDoor, Riders, { ElevatorTest });
