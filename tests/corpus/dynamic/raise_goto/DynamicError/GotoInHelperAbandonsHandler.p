// bug: assertion
// A goto inside a called method abandons the caller's handler too; the audit line after the call is skipped (8.5 goto).
event eTemp: int;

machine Thermostat {
  var audited: int;
  start state Normal {
    on eTemp do (t: int) {
      CheckLimits(t);
      audited = audited + 1;
    }
  }
  state Alarm {
    entry {
      assert audited == 2, format("only {0} readings were audited", audited);
    }
  }
  fun CheckLimits(t: int) {
    if (t > 90) {
      goto Alarm;
    }
  }
}

machine Main {
  start state Start {
    entry {
      var th: Thermostat;
      th = new Thermostat();
      send th, eTemp, 20;
      send th, eTemp, 95;
    }
  }
}
