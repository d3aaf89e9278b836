// bug: unhandled-event
// An entry goto moves the machine on before the queued eStart arrives in a state without it (8.5).
event eStart;

machine Job {
  start state Created {
    entry {
      goto Running;
    }
    on eStart goto Running;
  }
  state Running { }
}

machine Main {
  start state Start {
    entry {
      var j: Job;
      j = new Job();
      send j, eStart;
    }
  }
}
