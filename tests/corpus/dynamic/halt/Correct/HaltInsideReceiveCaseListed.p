// A receive that lists `halt` handles it like any case; the machine does not halt and goes on (8.6 awaited set, halt).
event eData: int;
event eAfter;

machine Server {
  var stopped: bool;
  start state Serve {
    entry {
      receive {
        case eData: (n: int) { }
        case halt: { stopped = true; }
      }
      assert stopped, "the halt case ran";
    }
    on eAfter do { assert stopped; }
  }
}

machine Main {
  start state Run {
    entry {
      var s: machine;
      s = new Server();
      send s, halt;
      send s, eAfter;
    }
  }
}
