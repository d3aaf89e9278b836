// bug: assertion
// The sender retransmits when its timer fires early (`$`), but the receiver ignores the alternating bit and delivers the duplicate (8.3).
event eData: (bit: bool, msg: int, from: machine);
event eAck: bool;

machine Receiver {
  var delivered: int;
  start state Recv {
    on eData do (d: (bit: bool, msg: int, from: machine)) {
      assert d.msg == delivered, format("delivered message {0} as number {1}", d.msg, delivered);
      delivered = delivered + 1;
      send d.from, eAck, d.bit;
    }
  }
}

machine Main {
  var receiver: Receiver;
  var bit: bool;
  var msg: int;
  start state Sending {
    entry {
      receiver = new Receiver();
      Transmit();
    }
    on eAck do (b: bool) {
      if (b == bit && msg < 3) {
        bit = !bit;
        msg = msg + 1;
        Transmit();
      }
    }
  }
  fun Transmit() {
    send receiver, eData, (bit = bit, msg = msg, from = this);
    if ($) {
      send receiver, eData, (bit = bit, msg = msg, from = this);
    }
  }
}
