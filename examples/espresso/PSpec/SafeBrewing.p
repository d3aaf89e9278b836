// SafeBrewing (safety): hot water is only pushed through freshly ground coffee, i.e. the
// pump starts only when the boiler is hot, the grinder is not running and a grind has
// completed since the last shot; and the grinder never starts while the pump runs.
// The spec tracks the hardware's physical state from the commands and signals it observes.
spec SafeBrewing observes eBoilerHot, eHeatOff, eStartGrinder, eGrindDone, eGrinderStopped,
                         eStartPump, ePumpDone, eNoWater
{
  var boilerHot: bool;
  var grinderRunning: bool;
  var groundsReady: bool;
  var pumpRunning: bool;

  start state Watching {
    on eBoilerHot do { boilerHot = true; }
    on eHeatOff do { boilerHot = false; }

    on eStartGrinder do {
      assert !pumpRunning, "grinder started while the pump is running";
      grinderRunning = true;
      groundsReady = false;   // a new dose replaces whatever was there
    }
    on eGrindDone do {
      grinderRunning = false;
      groundsReady = true;
    }
    on eGrinderStopped do { grinderRunning = false; }

    on eStartPump do (d: tDrink) {
      assert boilerHot, format("pump started for drink {0} with a cold boiler", d);
      assert !grinderRunning, "pump started while the grinder is running";
      assert groundsReady, "pump started without freshly ground coffee";
      pumpRunning = true;
    }
    on ePumpDone, eNoWater do {
      pumpRunning = false;
      groundsReady = false;   // used up
    }
  }
}
