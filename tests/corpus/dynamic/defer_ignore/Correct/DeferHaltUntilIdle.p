// A state that defers `halt` finishes its work first; halt takes effect in the next state (8.5 Halting, defer).
event eWork;
event eFlushed;

machine Writer {
  var pending: int;
  start state Writing {
    defer halt;
    on eWork do {
      pending = pending + 1;
      if (pending == 2) {
        raise eFlushed;
      }
    }
    on eFlushed goto Idle;
  }
  state Idle {
    entry {
      assert pending == 2, "halted before the writes were flushed";
    }
  }
}

machine Main {
  start state Start {
    entry {
      var w: Writer;
      w = new Writer();
      send w, eWork;
      send w, halt;
      send w, eWork;
    }
  }
}
