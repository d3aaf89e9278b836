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
