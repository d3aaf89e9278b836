// A goto in an entry function is processed right away, before any queued event is taken, so the queued event meets the goto's target (8.5 raise/goto in entry).
event eHello;

machine Main {
  start state Init {
    entry {
      send this, eHello;
      goto Ready;
    }
  }
  state Ready {
    on eHello goto Done;
  }
  state Done { }
}
