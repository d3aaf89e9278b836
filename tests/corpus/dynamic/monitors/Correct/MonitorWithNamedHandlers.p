// A spec uses named methods as entry, do and with handlers, all running in transition order (4.7, 8.8).
event eConnect: int;
event eDisconnect: int;

spec Connections observes eConnect, eDisconnect {
  var open: set[int];
  var transitions: int;
  start state Watch {
    entry Init;
    on eConnect do Track;
    on eDisconnect goto Watch with Untrack;
  }
  fun Init() { transitions = transitions + 1; }
  fun Track(id: int) {
    assert !(id in open), format("connection {0} opened twice", id);
    open += (id);
  }
  fun Untrack(id: int) {
    assert id in open, format("connection {0} closed but never opened", id);
    open -= id;
  }
}

machine Main {
  start state Run {
    entry {
      announce eConnect, 1;
      announce eConnect, 2;
      announce eDisconnect, 1;
      announce eConnect, 1;
      announce eDisconnect, 2;
    }
  }
}

test tcConnections [main = Main]: assert Connections in { Main };
