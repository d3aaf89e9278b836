// A lossy link may drop messages (`$`), but the sender retries on every nack, so delivery completes (8.3, 8.11).
event eMsg: machine;
event eDelivered;
event eNack;
event eAck;

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
  var drops: int;
  start state Up {
    on eMsg do (sender: machine) {
      if (drops < 3 && $) {
        drops = drops + 1;
        send sender, eNack;
      } else {
        announce eDelivered;
        send sender, eAck;
      }
    }
  }
}

machine Main {
  var link: Link;
  start state Sending {
    entry {
      link = new Link();
      send link, eMsg, this;
    }
    on eNack do { send link, eMsg, this; }
    on eAck goto Done;
  }
  state Done { }
}

test tcRetry [main = Main]: assert EventuallyDelivered in { Main, Link };
