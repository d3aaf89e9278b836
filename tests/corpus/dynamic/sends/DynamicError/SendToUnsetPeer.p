// bug: runtime-error
// Sending to a machine field that was never assigned (null target) is a bug (8.7 step 2).
event eSync;

machine Replica {
  var primary: machine;
  start state Follow {
    entry {
      send primary, eSync;
    }
  }
}

machine Main {
  start state Start {
    entry {
      new Replica();
    }
  }
}
