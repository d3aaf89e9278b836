// A state declared after a method of the same name is no duplicate: a new state clashes only with states (reference 3.2 rows "function" and "state"; the other order is dup_method_state).
event eClose;
machine Door {
  var closings: int;
  fun Closed() { closings = closings + 1; }
  start state Open {
    on eClose goto Closed;
  }
  state Closed {
    entry { Closed(); }
    ignore eClose;
  }
}
