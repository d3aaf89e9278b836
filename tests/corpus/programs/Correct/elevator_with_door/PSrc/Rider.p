// Riders wait for their floor with receive; the Rider takes the car as machine so that no constructor payload carries the hidden events in its permissions (7.1 hidee).
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
