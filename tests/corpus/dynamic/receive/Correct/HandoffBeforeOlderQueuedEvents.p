// While a machine is blocked in receive, an awaited event is handed over directly even though older, non-awaited events wait in the inbox; those are handled afterwards in order (8.6 steps 2 and 4).
event eNote: int;
event eGo: machine;
event eAnswer;

machine Peer {
  start state P {
    on eGo do (m: machine) {
      send m, eNote, 1;
      send m, eNote, 2;
      send m, eAnswer;
    }
  }
}

machine Main {
  var answered: bool;
  var notes: seq[int];
  start state Run {
    entry {
      var p: machine;
      p = new Peer();
      send p, eGo, this;
      receive { case eAnswer: { answered = true; } }
    }
    on eNote do (n: int) {
      assert answered, "notes are handled only after the receive returned";
      notes += (sizeof(notes), n);
      assert n == sizeof(notes);
    }
  }
}
