// Elevator controller: door timer behind an interface binding, requests as named tuples, a synchronous query through `receive` in a global function, safety and liveness specs, a parameterised test and an implementation (reference 2-7).
enum tDirection { Down = 0, Idle = 1, Up = 2 }
type tRequest = (floor: int, from: machine);
type tStatus = (floor: int, moving: bool, pending: set[int]);

event eCall: tRequest;
event eStartDoorTimer: machine;
event eDoorTimeout;
event eAskStatus: machine;
event eStatus: tStatus;
event eMoving: bool;
event eServed: int;

interface IDoorTimer(machine) receives eStartDoorTimer;

machine DoorTimer receives eStartDoorTimer; sends eDoorTimeout, eStartDoorTimer; {
  var owner: machine;
  start state Init {
    entry (o: machine) {
      owner = o;
      goto Waiting;
    }
  }
  state Waiting {
    on eStartDoorTimer goto Counting with (o: machine) { owner = o; }
  }
  state Counting {
    entry {
      if ($$) {
        send owner, eDoorTimeout;
        goto Waiting;
      }
      send this, eStartDoorTimer, owner;
    }
    on eStartDoorTimer goto Counting;
  }
}

machine Elevator receives eCall, eDoorTimeout, eAskStatus; sends eStartDoorTimer, eStatus, eServed, eMoving; {
  var floor: int;
  var floors: int;
  var pending: set[int];
  var waiting: map[int, seq[machine]];
  var timer: IDoorTimer;
  var direction: tDirection;

  start state Init {
    entry (n: int) {
      floors = n;
      timer = new IDoorTimer(this);
      goto Parked;
    }
  }

  state Parked {
    entry {
      direction = Idle;
      assert direction != Up;
    }
    on eCall do (r: tRequest) {
      Enqueue(r);
      if (r.floor == floor) {
        goto DoorsOpen;
      }
      goto Moving, NextStop();
    }
    on eAskStatus do Report;
    ignore eDoorTimeout;
  }

  state Moving {
    entry (target: int) {
      announce eMoving, true;
      if (target > floor) { direction = Up; } else { direction = Down; }
      floor = target;
      goto DoorsOpen;
    }
    exit { announce eMoving, false; }
    on eCall do Enqueue;
    on eAskStatus do Report;
    defer eDoorTimeout;
  }

  state DoorsOpen {
    entry {
      var m: machine;
      if (floor in waiting) {
        foreach (m in waiting[floor]) {
          send m, eServed, floor;
        }
        waiting -= floor;
      }
      pending -= floor;
      send timer, eStartDoorTimer, this;
    }
    on eDoorTimeout do {
      if (sizeof(pending) == 0) {
        goto Parked;
      } else {
        goto Moving, NextStop();
      }
    }
    on eCall do (r: tRequest) {
      if (r.floor == floor) {
        send r.from, eServed, floor;
      } else {
        Enqueue(r);
      }
    }
    on eAskStatus do Report;
  }

  fun Enqueue(r: tRequest) {
    assert r.floor >= 0 && r.floor < floors, format("no floor {0} (floors: {1})", r.floor, floors);
    pending += (r.floor);
    if (!(r.floor in waiting)) {
      waiting[r.floor] = default(seq[machine]);
    }
    waiting[r.floor] += (sizeof(waiting[r.floor]), r.from);
  }

  fun NextStop(): int {
    var best: int;
    var f: int;
    var found: bool;
    foreach (f in pending) {
      if (!found || Distance(f) < Distance(best)) {
        best = f;
        found = true;
      }
    }
    assert found, "NextStop needs a pending floor";
    return best;
  }

  fun Distance(f: int): int {
    if (f > floor) { return f - floor; }
    return floor - f;
  }

  fun Report(asker: machine) {
    send asker, eStatus, (floor = floor, moving = false, pending = pending);
  }
}

fun AskStatus(elevator: Elevator, me: machine): tStatus {
  var s: tStatus;
  send elevator, eAskStatus, me;
  receive {
    case eStatus: (st: tStatus) { s = st; }
  }
  return s;
}

machine Passenger receives eServed, eStatus; sends eCall, eAskStatus; {
  var elevator: Elevator;
  var wanted: int;
  start state Init {
    entry (p: (elevator: Elevator, floor: int)) {
      var status: tStatus;
      elevator = p.elevator;
      wanted = p.floor;
      status = AskStatus(elevator, this);
      assert status.floor >= 0;
      send elevator, eCall, (floor = wanted, from = this);
    }
    on eServed goto Done with (f: int) {
      assert f == wanted, format("served at {0}, wanted {1}", f, wanted);
    }
  }
  state Done {
    ignore eServed, eStatus;
  }
}

spec DoorsClosedWhileMoving observes eMoving, eServed {
  var moving: bool;
  start state Watch {
    on eMoving do (m: bool) { moving = m; }
    on eServed do (f: int) {
      assert !moving, format("served floor {0} while moving", f);
    }
  }
}

spec EveryCallServed observes eCall, eServed {
  var open: int;
  start cold state NoCalls {
    on eCall goto Waiting with { open = open + 1; }
    ignore eServed;
  }
  hot state Waiting {
    on eCall do { open = open + 1; }
    on eServed do {
      open = open - 1;
      if (open == 0) { goto NoCalls; }
    }
  }
}

scenario ServedTwice observes eServed {
  var served: int;
  start state Counting {
    on eServed do {
      served = served + 1;
      if (served >= 2) { goto Seen; }
    }
  }
  cold state Seen { ignore eServed; }
}

param nFloors: int;
param nPassengers: int;

machine Building {
  start state Init {
    entry {
      var e: Elevator;
      var i: int;
      e = new Elevator(nFloors + 2);
      while (i < nPassengers + 1) {
        new Passenger((elevator = e, floor = choose(nFloors + 2)));
        i = i + 1;
      }
    }
  }
}

module Lift = { Elevator, DoorTimer -> IDoorTimer };
module People = { Passenger };

test param (nFloors in [0, 1, 3], nPassengers in [0, 2]) (2 wise) tcBuilding [main = Building]:
  assert DoorsClosedWhileMoving, EveryCallServed in (union Lift, People, { Building });

implementation BuildingImpl [main = Building]: union Lift, People, { Building };
