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
