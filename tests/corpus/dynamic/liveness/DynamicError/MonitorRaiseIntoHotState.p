// bug: liveness
// A spec raises an internal event that moves it to a hot state; no later event cools it down (8.8 raise, 8.11).
event eTemperature: int;
event eAlarm: int;

spec Overheat observes eTemperature {
  start cold state Normal {
    on eTemperature do (t: int) {
      if (t > 90) {
        raise eAlarm, t;
      }
    }
    on eAlarm goto Critical;
  }
  hot state Critical {
    on eTemperature do (t: int) {
      if (t < 60) {
        goto Normal;
      }
    }
  }
}

machine Sensor {
  start state Run {
    entry {
      announce eTemperature, 50;
      announce eTemperature, 95;
      announce eTemperature, 70;
    }
  }
}

test tcOverheat [main = Sensor]: assert Overheat in { Sensor };
