// bug: deadlock
// An unhandled halt runs the state's exit first; this exit waits in receive for a flush acknowledgement nobody sends (8.5 dispatch, 8.6 step 7).
event eFlushed;

machine Writer {
  start state Open {
    exit {
      receive { case eFlushed: { } }
    }
  }
}

machine Main {
  start state Run {
    entry {
      var w: machine;
      w = new Writer();
      send w, halt;
    }
  }
}
