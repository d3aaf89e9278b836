// Both sides loop forever with blocking receives; the schedule only ends at the step bound (8.6, 8.10).
event ePing: machine;
event ePong: machine;

machine Ponger {
  start state Serve {
    entry {
      var peer: machine;
      while (true) {
        receive {
          case ePing: (p: machine) { peer = p; }
        }
        send peer, ePong, this;
      }
    }
  }
}

machine Main {
  start state Play {
    entry {
      var pong: machine;
      var rounds: int;
      pong = new Ponger();
      while (true) {
        send pong, ePing, this;
        receive {
          case ePong: (from: machine) { assert from == pong; }
        }
        rounds = rounds + 1;
      }
    }
  }
}
