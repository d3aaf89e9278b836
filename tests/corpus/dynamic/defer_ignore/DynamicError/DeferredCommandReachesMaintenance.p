// bug: assertion
// Commands deferred while booting are taken by the next state that does not defer them, here Maintenance (8.5 defer).
event eCommand: string;
event eBooted;
event eNeedsRepair;
event eRepaired;

machine Device {
  start state Booting {
    defer eCommand;
    entry { send this, eBooted; }
    on eBooted do { raise eNeedsRepair; }
    on eNeedsRepair goto Maintenance;
  }
  state Maintenance {
    entry { send this, eRepaired; }
    on eCommand do (c: string) {
      assert false, format("command '{0}' executed during maintenance", c);
    }
    on eRepaired goto Ready;
  }
  state Ready {
    on eCommand do (c: string) { }
  }
}

machine Main {
  start state Start {
    entry {
      send new Device(), eCommand, "reboot";
    }
  }
}
