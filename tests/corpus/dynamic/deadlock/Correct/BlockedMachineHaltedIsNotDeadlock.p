// A machine blocked in receive that is then sent halt stops waiting and halts, so nothing is left blocked (8.6 step 5, 8.9).
event eNever;

machine Listener {
  start state Wait {
    entry {
      receive { case eNever: { } }
    }
  }
}

machine Main {
  start state Start {
    entry {
      var l: Listener;
      l = new Listener();
      send l, halt;
    }
  }
}
