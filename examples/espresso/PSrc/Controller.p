// The controller: the UI state machine between the buttons and the hardware.
//
//   Off --power--> Heating --boiler hot--> Ready --brew--> Grinding --done--> Brewing
//                                            ^                |cancel           |pump done
//                                            |                v                 |
//                                            +------- StoppingGrinder <---------+
//   Brewing --no water--> Error --refill--> Heating
//
// Firmware 1.0 has two latent bugs that firmware 1.1 fixes (see README.md): on cancel it
// does not wait for the grinder to acknowledge, and after a refill it skips re-heating.
type tControllerConfig = (user: User, firmware: tFirmware, water: int);

machine CoffeeMakerController
  receives ePowerButton, eBrewButton, eCancelButton, eRefillWater,
           eBoilerHot, eGrindDone, eGrinderStopped, ePumpDone, eNoWater;
  sends eMachineReady, eDrinkServed, eBrewCancelled, eOutOfWater,
        eHeatOn, eHeatOff, eStartGrinder, eStopGrinder, eStartPump, eRefillTank;
{
  var user: User;
  var firmware: tFirmware;
  var boiler: Boiler;
  var grinder: Grinder;
  var pump: Pump;
  var heatCycle: int;
  var order: tDrink;

  start state Init {
    entry (cfg: tControllerConfig) {
      user = cfg.user;
      firmware = cfg.firmware;
      boiler = new Boiler(this);
      grinder = new Grinder(this);
      pump = new Pump((controller = this, water = cfg.water));
      goto Off;
    }
  }

  state Off {
    on ePowerButton goto Heating;
    ignore eBoilerHot;   // from a heating cycle interrupted by switching off
  }

  state Heating {
    entry {
      heatCycle = heatCycle + 1;
      send boiler, eHeatOn, heatCycle;
    }
    on eBoilerHot do (cycle: int) {
      if (cycle == heatCycle) {
        send user, eMachineReady;
        goto Ready;
      }
    }
    defer eBrewButton;   // served once the boiler is hot
    ignore eCancelButton;
    on ePowerButton goto Off with { send boiler, eHeatOff; }
  }

  state Ready {
    on eBrewButton goto Grinding with (d: tDrink) { order = d; }
    ignore eCancelButton;   // pressed after the drink was already served
    on ePowerButton goto Off with { send boiler, eHeatOff; }
  }

  state Grinding {
    entry {
      send grinder, eStartGrinder, order;
    }
    on eGrindDone goto Brewing;
    on eCancelButton do {
      send grinder, eStopGrinder;
      if (firmware == FIRMWARE_1_0) {
        // Bug: assumes the grinder stops at once; its answer arrives later, in Ready.
        send user, eBrewCancelled;
        goto Ready;
      }
      goto StoppingGrinder;
    }
    defer eBrewButton, ePowerButton;
  }

  // Wait for the grinder's acknowledgement; a completion sent before it is stale.
  state StoppingGrinder {
    ignore eGrindDone, eCancelButton;
    on eGrinderStopped goto Ready with { send user, eBrewCancelled; }
    defer eBrewButton, ePowerButton;
  }

  state Brewing {
    entry {
      send pump, eStartPump, order;
    }
    on ePumpDone goto Ready with { send user, eDrinkServed, order; }
    on eNoWater do { raise eFault, FAULT_NO_WATER; }
    on eFault goto Error;
    ignore eCancelButton;   // a shot cannot be stopped halfway
    defer eBrewButton, ePowerButton;
  }

  state Error {
    entry (fault: tFault) {
      print format("fault {0}: switching the boiler off", fault);
      send boiler, eHeatOff;   // never heat an empty system
      send user, eOutOfWater;
    }
    on eRefillWater do {
      send pump, eRefillTank;
      if (firmware == FIRMWARE_1_0) {
        goto Ready;   // Bug: the boiler was switched off and is cold now
      }
      goto Heating;
    }
    ignore eCancelButton;
    defer eBrewButton;
    on ePowerButton goto Off;
  }
}
