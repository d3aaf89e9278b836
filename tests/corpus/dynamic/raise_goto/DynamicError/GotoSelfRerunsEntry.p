// bug: assertion
// A goto to the current state runs its exit and entry again; the one-time initialisation assert fails (8.5 Transition).
event eReset;

machine Connection {
  var opened: int;
  start state Connected {
    entry {
      opened = opened + 1;
      assert opened == 1, format("connection opened {0} times", opened);
    }
    on eReset goto Connected;
  }
}

machine Main {
  start state Start {
    entry {
      send new Connection(), eReset;
    }
  }
}
