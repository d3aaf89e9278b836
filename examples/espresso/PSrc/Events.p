// Buttons, displays and hardware signals of a home espresso machine.

enum tDrink { SINGLE_SHOT, DOUBLE_SHOT, LUNGO }
enum tFault { FAULT_NO_WATER }
enum tFirmware { FIRMWARE_1_0, FIRMWARE_1_1 }

// User -> controller (the buttons and the water tank lid).
event ePowerButton;
event eBrewButton: tDrink;
event eCancelButton;
event eRefillWater;

// Controller -> user (the display).
event eMachineReady;
event eDrinkServed: tDrink;
event eBrewCancelled;
event eOutOfWater;

// Controller <-> boiler. Each heating cycle is numbered; eBoilerHot echoes the number.
event eHeatOn: int;
event eHeatOff;
event eBoilerHot: int;

// Controller <-> grinder. A stop request is always answered with eGrinderStopped, even
// if the grinder had already finished (then eGrindDone was sent first).
event eStartGrinder: tDrink;
event eStopGrinder;
event eGrindDone;
event eGrinderStopped;

// Controller <-> pump (which also owns the water tank).
event eStartPump: tDrink;
event eRefillTank;
event ePumpDone;
event eNoWater;

// Raised internally by the controller.
event eFault: tFault;

// Units of water a drink needs.
fun WaterFor(d: tDrink): int {
  if (d == SINGLE_SHOT) {
    return 1;
  }
  if (d == DOUBLE_SHOT) {
    return 2;
  }
  return 3;
}

fun TankCapacity(): int {
  return 4;
}
