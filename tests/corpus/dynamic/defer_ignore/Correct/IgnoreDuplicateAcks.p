// Duplicate acknowledgements are ignored once the sender is done (8.5 ignore).
event eMsg: machine;
event eAck;

machine Receiver {
  start state Recv {
    on eMsg do (s: machine) {
      send s, eAck;
      send s, eAck;
    }
  }
}

machine Main {
  var acked: bool;
  start state Sending {
    entry {
      send new Receiver(), eMsg, this;
    }
    on eAck goto Done with {
      acked = true;
    }
  }
  state Done {
    ignore eAck;
    entry {
      assert acked;
    }
  }
}
