// bug: unhandled-event
// A spec raises an event that its current state does not handle (8.8 raise in a monitor).
event eSample: int;
event eOutlier;

spec SensorRange observes eSample {
  start state Normal {
    on eSample do (v: int) {
      if (v > 100) {
        raise eOutlier;
      }
    }
  }
}

machine Sensor {
  start state Report {
    entry {
      var i: int;
      while (i < 4) {
        announce eSample, i * 40;
        i = i + 1;
      }
    }
  }
}

test tcSensor [main = Sensor]: assert SensorRange in { Sensor };
