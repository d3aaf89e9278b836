// bug: liveness
// The sender ignores acks while it is Backing off, so an ack arriving then is lost and the delivery spec ends hot (8.5 ignore, 8.11).
event eData: machine;
event eAck;
event eBackoff;
event eDelivered;

spec AckSeen observes eData, eDelivered {
  start cold state Idle {
    on eData goto Waiting;
    ignore eDelivered;
  }
  hot state Waiting {
    on eDelivered goto Idle;
    ignore eData;
  }
}

machine Receiver {
  start state Recv {
    on eData do (s: machine) { send s, eAck; }
  }
}

machine Main {
  start state Sending {
    entry {
      send new Receiver(), eData, this;
      send this, eBackoff;
    }
    on eAck do { announce eDelivered; }
    on eBackoff goto BackingOff;
  }
  state BackingOff {
    ignore eAck;
  }
}

test tcAck [main = Main]: assert AckSeen in { Main, Receiver };
