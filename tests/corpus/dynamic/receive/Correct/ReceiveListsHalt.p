// A receive case listing `halt` matches it like any other event (8.6 step 1).
event eResult: int;

machine Main {
  var stopped: bool;
  start state Wait {
    entry {
      send this, halt;
      receive {
        case eResult: (r: int) { }
        case halt: { stopped = true; }
      }
      assert stopped;
    }
  }
}
