// While blocked, an awaited event is handed straight to the receive; other events queue for the state (8.6 step 4).
event eAck;
event eNote: string;
event eGo: machine;

machine Peer {
  start state P {
    on eGo do (m: machine) {
      send m, eNote, "first";
      send m, eAck;
    }
  }
}

machine Main {
  var notes: int;
  start state Wait {
    entry {
      send new Peer(), eGo, this;
      receive {
        case eAck: { }
      }
      assert notes == 0, "the note is handled only after the entry returns";
    }
    on eNote do (s: string) {
      notes = notes + 1;
    }
  }
}
