// Hardware simulators. Physical processes take "some time": a device ticks itself 1 to 3
// times (picked with `choose`) before it finishes, interleaved with everything else.
event eDeviceTick;

fun DeviceTicks(): int {
  return 1 + choose(3);
}

machine Boiler
  receives eHeatOn, eHeatOff, eDeviceTick;
  sends eBoilerHot, eDeviceTick;
{
  var controller: machine;
  var cycle: int;
  var ticksLeft: int;

  start state Init {
    entry (c: machine) {
      controller = c;
      goto Cold;
    }
  }

  state Cold {
    on eHeatOn goto Heating;
    ignore eHeatOff, eDeviceTick;
  }

  state Heating {
    entry (c: int) {
      cycle = c;
      ticksLeft = DeviceTicks();
      send this, eDeviceTick;
    }
    on eDeviceTick do {
      ticksLeft = ticksLeft - 1;
      if (ticksLeft <= 0) {
        send controller, eBoilerHot, cycle;
        goto Hot;
      }
      send this, eDeviceTick;
    }
    on eHeatOn goto Heating;
    on eHeatOff goto Cold;
  }

  state Hot {
    on eHeatOn do (c: int) {
      cycle = c;
      send controller, eBoilerHot, cycle;
    }
    on eHeatOff goto Cold;
    ignore eDeviceTick;
  }
}

machine Grinder
  receives eStartGrinder, eStopGrinder, eDeviceTick;
  sends eGrindDone, eGrinderStopped, eDeviceTick;
{
  var controller: machine;
  var ticksLeft: int;

  start state Init {
    entry (c: machine) {
      controller = c;
      goto Idle;
    }
  }

  state Idle {
    on eStartGrinder goto Grinding;
    on eStopGrinder do { send controller, eGrinderStopped; }
    ignore eDeviceTick;
  }

  state Grinding {
    entry (d: tDrink) {
      ticksLeft = DeviceTicks();
      send this, eDeviceTick;
    }
    on eDeviceTick do {
      ticksLeft = ticksLeft - 1;
      if (ticksLeft <= 0) {
        send controller, eGrindDone;
        goto Idle;
      }
      send this, eDeviceTick;
    }
    on eStopGrinder goto Idle with {
      send controller, eGrinderStopped;
    }
  }
}

machine Pump
  receives eStartPump, eRefillTank, eDeviceTick;
  sends ePumpDone, eNoWater, eDeviceTick;
{
  var controller: machine;
  var water: int;
  var needed: int;

  start state Init {
    entry (cfg: (controller: machine, water: int)) {
      controller = cfg.controller;
      water = cfg.water;
      goto Idle;
    }
  }

  state Idle {
    on eStartPump goto Pumping;
    on eRefillTank do { water = TankCapacity(); }
    ignore eDeviceTick;
  }

  // One unit of water per tick.
  state Pumping {
    entry (d: tDrink) {
      needed = WaterFor(d);
      send this, eDeviceTick;
    }
    on eDeviceTick do {
      if (water == 0) {
        send controller, eNoWater;
        goto Idle;
      }
      water = water - 1;
      needed = needed - 1;
      if (needed == 0) {
        send controller, ePumpDone;
        goto Idle;
      }
      send this, eDeviceTick;
    }
  }
}
