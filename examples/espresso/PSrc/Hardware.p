// Hardware simulators. Physical processes take "some time": a device ticks itself and
// finishes with probability 1/2 per tick, so the scheduler decides how long each takes.
event eDeviceTick;

machine Boiler
  receives eHeatOn, eHeatOff, eDeviceTick;
  sends eBoilerHot, eDeviceTick;
{
  var controller: machine;
  var cycle: int;

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
      send this, eDeviceTick;
    }
    on eDeviceTick do {
      if ($) {
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
      send this, eDeviceTick;
    }
    on eDeviceTick do {
      if ($) {
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
