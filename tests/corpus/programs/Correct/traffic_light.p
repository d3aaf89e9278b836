// Traffic light controller with a timer: enums with values, `to int`, defer/ignore, exit and `with` handlers, `on null`, and a hot/cold liveness spec (reference 2-8).
enum tLight { Red, Yellow, Green }
enum tDirection { NorthSouth = 0, EastWest = 1 }

event eStartTimer: int;
event eCancelTimer;
event eTimeout;
event eCarArrived: tDirection;
event eLightChanged: (dir: tDirection, light: tLight);
event eEmergency;
event eEmergencyOver;

machine Timer {
  var owner: machine;
  start state Init {
    entry (o: machine) {
      owner = o;
      goto Stopped;
    }
  }
  state Stopped {
    on eStartTimer goto Running;
    ignore eCancelTimer;
  }
  state Running {
    entry (ticks: int) { }
    on null goto Stopped with { send owner, eTimeout; }
    on eCancelTimer goto Stopped;
    ignore eStartTimer;
  }
}

machine Controller {
  var timer: Timer;
  var green: tDirection;
  var waiting: set[tDirection];
  var changes: int;
  start state Init {
    entry {
      timer = new Timer(this);
      green = NorthSouth;
      goto GreenPhase;
    }
  }
  state GreenPhase {
    entry {
      Show(Green);
      send timer, eStartTimer, 3;
    }
    on eCarArrived do (d: tDirection) {
      if (d != green) { waiting += (d); }
    }
    on eTimeout goto YellowPhase;
    on eEmergency goto AllRed with { send timer, eCancelTimer; }
    ignore eEmergencyOver;
  }
  state YellowPhase {
    entry {
      Show(Yellow);
      send timer, eStartTimer, 1;
    }
    defer eCarArrived;
    on eTimeout goto GreenPhase with { SwitchDirection(); }
    on eEmergency goto AllRed with { send timer, eCancelTimer; }
    ignore eEmergencyOver;
  }
  state AllRed {
    entry { Show(Red); }
    exit { print format("emergency over after {0} changes", changes); }
    defer eCarArrived;
    ignore eTimeout, eEmergency;
    on eEmergencyOver goto GreenPhase;
  }
  fun Show(light: tLight) {
    changes = changes + 1;
    print format("light {0} for direction {1}", light to int, green to int);
    announce eLightChanged, (dir = green, light = light);
  }
  fun SwitchDirection() {
    if (green == NorthSouth) { green = EastWest; } else { green = NorthSouth; }
    waiting -= green;
  }
}

spec WaitingCarsGetGreen observes eCarArrived, eLightChanged {
  var waitingDirs: set[tDirection];
  start cold state NoneWaiting {
    on eCarArrived goto SomeWaiting with (d: tDirection) { waitingDirs += (d); }
    on eLightChanged do (c: (dir: tDirection, light: tLight)) { }
  }
  hot state SomeWaiting {
    on eCarArrived do (d: tDirection) { waitingDirs += (d); }
    on eLightChanged do (c: (dir: tDirection, light: tLight)) {
      if (c.light == Green) { waitingDirs -= c.dir; }
      if (sizeof(waitingDirs) == 0) { goto NoneWaiting; }
    }
  }
}

machine TrafficDriver {
  start state Run {
    entry {
      var ctl: Controller;
      var i: int;
      ctl = new Controller();
      while (i < 4) {
        if ($) { send ctl, eCarArrived, NorthSouth; } else { send ctl, eCarArrived, EastWest; }
        i = i + 1;
      }
      if ($) {
        send ctl, eEmergency;
        send ctl, eEmergencyOver;
      }
    }
  }
}

test tcTraffic [main = TrafficDriver]: assert WaitingCarsGetGreen in { TrafficDriver, Controller, Timer };
