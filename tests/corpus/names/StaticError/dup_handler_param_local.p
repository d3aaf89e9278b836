// An anonymous handler's local cannot repeat its parameter's name (reference 3.2).
event eData: int;
machine Sink {
  start state S {
    on eData do (payload: int) {
      var payload: int; // error: P0201
    }
  }
}
