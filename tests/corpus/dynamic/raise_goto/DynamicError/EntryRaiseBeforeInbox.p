// bug: unhandled-event
// A raise in an entry is processed before queued events; it moves the machine to a state without eReq (8.5 raise).
event eReq;
event eFailed;

machine Service {
  start state Booting {
    entry {
      raise eFailed;
    }
    on eReq do { }
    on eFailed goto Down;
  }
  state Down { }
}

machine Main {
  start state Start {
    entry {
      send new Service(), eReq;
    }
  }
}
