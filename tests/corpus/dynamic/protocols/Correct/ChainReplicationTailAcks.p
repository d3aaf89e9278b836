// In chain replication the tail sends the ack, so an acked write is always visible to reads at the tail (8.10).
event eWrite: (v: int, client: machine);
event eAck;
event eRead: machine;
event eValue: int;

machine Tail {
  var value: int;
  start state Serve {
    on eWrite do (w: (v: int, client: machine)) {
      value = w.v;
      send w.client, eAck;
    }
    on eRead do (c: machine) { send c, eValue, value; }
  }
}

machine Head {
  var tail: machine;
  start state Serve {
    entry (t: machine) { tail = t; }
    on eWrite do (w: (v: int, client: machine)) {
      send tail, eWrite, w;
    }
  }
}

machine Main {
  start state Run {
    entry {
      var tail: Tail;
      tail = new Tail();
      send new Head(tail), eWrite, (v = 5, client = this);
      receive { case eAck: { } }
      send tail, eRead, this;
      receive { case eValue: (v: int) { assert v == 5, format("read {0}", v); } }
    }
  }
}
