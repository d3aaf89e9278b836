// bug: liveness
// A spec starts hot and waits for an initialisation announcement that never comes (8.11).
event eInitialized;

spec MustInitialize observes eInitialized {
  start hot state Booting {
    on eInitialized goto Ready;
  }
  cold state Ready {
    ignore eInitialized;
  }
}

machine Main {
  var config: map[string, string];
  start state Boot {
    entry {
      config["mode"] = "fast";
      if (sizeof(config) > 1) {
        announce eInitialized;
      }
    }
  }
}

test tcInit [main = Main]: assert MustInitialize in { Main };
