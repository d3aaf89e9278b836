// bug: deadlock
// `raise halt` abandons the handler and halts the machine, so the ack written after it is never sent (8.5 raise, Halting).
event eBatch: (from: machine, n: int);
event eAck: int;

machine Processor {
  var processed: int;
  start state Run {
    on eBatch do (b: (from: machine, n: int)) {
      processed = processed + b.n;
      if (processed >= 10) {
        raise halt;
      }
      send b.from, eAck, processed;
    }
  }
}

machine Main {
  start state Start {
    entry {
      var p: Processor;
      p = new Processor();
      send p, eBatch, (from = this, n = 4);
      send p, eBatch, (from = this, n = 8);
      receive { case eAck: (total: int) { } }
      receive { case eAck: (total: int) { } }
    }
  }
}
