// Case bodies read and write the enclosing function's locals and parameters (3.1, 8.6).
event eReading: float;

machine Sensor {
  start state Emit {
    entry (hub: machine) {
      send hub, eReading, 1.5;
      send hub, eReading, 2.5;
      send hub, eReading, 4.0;
    }
  }
}

machine Main {
  start state Gather {
    entry {
      new Sensor(this);
      assert Average(3) == 8.0 / 3.0;
    }
  }
  fun Average(n: int): float {
    var sum: float;
    var i: int;
    while (i < n) {
      receive {
        case eReading: (r: float) {
          sum = sum + r;
          i = i + 1;
        }
      }
    }
    return sum / (n to float);
  }
}
