// `halt` is a predefined event without payload: raising or sending it with a value, or handling it with an int parameter, is a type error (reference 4.3, 6.2 payload rule, 6.3).
machine Worker {
  var peer: machine;
  start state Run {
    entry {
      peer = new Worker();
      send peer, halt;
      send peer, halt, null;
      send peer, halt, 1; // error: P0304
      raise halt, "now"; // error: P0304
    }
    on halt do (code: int) { } // error: P0320
  }
  state Stopping {
    entry {
      receive {
        case halt: (code: int) { } // error: P0321
      }
    }
  }
}
