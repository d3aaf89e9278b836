// The driver receives and sends nothing, so the hidden door events stay private to the car module (7.1 union hygiene).
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
