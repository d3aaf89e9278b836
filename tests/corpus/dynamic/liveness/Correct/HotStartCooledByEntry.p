// A spec that starts hot is cooled by an announcement in the main machine's entry, well before the program ends (8.11).
event eReady;

spec MustBecomeReady observes eReady {
  start hot state Starting {
    on eReady goto Ready;
  }
  cold state Ready {
    ignore eReady;
  }
}

machine Main {
  start state Boot {
    entry {
      var cfg: map[string, int];
      cfg["threads"] = 4;
      if (cfg["threads"] > 0) {
        announce eReady;
      }
    }
  }
}

test tcBoot [main = Main]: assert MustBecomeReady in { Main };
