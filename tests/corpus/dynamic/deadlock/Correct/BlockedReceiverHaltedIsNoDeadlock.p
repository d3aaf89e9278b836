// A machine blocked in a receive that lists `halt` is released by a halt and finishes; nothing is left blocked, so the end of the run is no deadlock (8.6, 8.9).
event eData: int;

machine Listener {
  var stopped: bool;
  start state L {
    entry {
      receive {
        case eData: (n: int) { }
        case halt: { stopped = true; }
      }
      assert stopped;
    }
  }
}

machine Main {
  start state Run {
    entry {
      var l: machine;
      l = new Listener();
      send l, halt;
    }
  }
}
