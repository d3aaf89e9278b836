// bug: assertion
// A spec moves to an error state whose entry asserts false when a door opens while moving (8.8).
event eMoving;
event eStopped;
event eDoorOpened;

spec DoorSafety observes eMoving, eStopped, eDoorOpened {
  start state Stopped {
    on eMoving goto Moving;
    ignore eStopped, eDoorOpened;
  }
  state Moving {
    on eStopped goto Stopped;
    on eDoorOpened goto Unsafe;
    ignore eMoving;
  }
  state Unsafe {
    entry {
      assert false, "door opened while the elevator was moving";
    }
  }
}

machine Elevator {
  start state Run {
    entry {
      announce eMoving;
      announce eDoorOpened;
      announce eStopped;
    }
  }
}

test tcDoor [main = Elevator]: assert DoorSafety in { Elevator };
