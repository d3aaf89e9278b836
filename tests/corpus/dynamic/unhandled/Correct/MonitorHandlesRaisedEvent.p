// A spec raises eOutlier for large samples and its state handles the raised event (8.8 raise).
event eSample: int;
event eOutlier: int;

spec SensorRange observes eSample {
  var outliers: int;
  start state Normal {
    on eSample do (v: int) {
      if (v > 100) {
        raise eOutlier, v;
      }
    }
    on eOutlier do (v: int) {
      outliers = outliers + 1;
      assert outliers <= 2, format("too many outliers, last {0}", v);
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
