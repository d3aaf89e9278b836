// bug: liveness
// A lossy link may drop the message (`$`) and the sender never retries, leaving the spec hot at the end (8.11).
event eMsg: int;
event eDelivered: int;
event eForward: int;

spec EventuallyDelivered observes eMsg, eDelivered {
  start cold state Idle {
    on eMsg goto InFlight;
    ignore eDelivered;
  }
  hot state InFlight {
    on eDelivered goto Idle;
    ignore eMsg;
  }
}

machine Link {
  var dest: machine;
  start state Up {
    entry (d: machine) { dest = d; }
    on eMsg do (x: int) {
      if ($) {
        send dest, eForward, x;
      }
    }
  }
}

machine Receiver {
  start state Recv {
    on eForward do (x: int) {
      announce eDelivered, x;
    }
  }
}

machine Main {
  start state Start {
    entry {
      var link: Link;
      link = new Link(new Receiver());
      send link, eMsg, 1;
    }
  }
}

test tcLossy [main = Main]: assert EventuallyDelivered in { Main, Link, Receiver };
