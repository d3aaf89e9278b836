// bug: assertion
// In chain replication the head acks a write before the tail stores it, so a read at the tail can miss an acked write (8.10).
event eWrite: (v: int, client: machine);
event eForward: int;
event eAck;
event eRead: machine;
event eValue: int;

machine Tail {
  var value: int;
  start state Serve {
    on eForward do (v: int) { value = v; }
    on eRead do (c: machine) { send c, eValue, value; }
  }
}

machine Head {
  var tail: machine;
  start state Serve {
    entry (t: machine) { tail = t; }
    on eWrite do (w: (v: int, client: machine)) {
      send w.client, eAck;
      send tail, eForward, w.v;
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
      receive {
        case eValue: (v: int) { assert v == 5, format("acked write missing at the tail: read {0}", v); }
      }
    }
  }
}
