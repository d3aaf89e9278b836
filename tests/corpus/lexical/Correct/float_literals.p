// Float literals `3.25` and `.5` (digits? . digits) and float arithmetic (reference 1.4, 6.1).
machine Thermostat {
  var target: float;
  var offset: float;
  start state Idle {
    entry {
      target = 3.25;
      offset = .5;
      target = target + offset * 2.0 - 0.75;
      if (target > 10.0) {
        target = 10.0;
      }
    }
  }
}
