// Alternating-bit protocol over a link that may drop (`$`) a bounded number of frames; every message is delivered once, in order (8.3).
event eFrame: (bit: bool, msg: int);
event eAck: bool;
event eTimeout;

machine Receiver {
  var expected: bool;
  var next: int;
  var sender: machine;
  start state Recv {
    entry (s: machine) { sender = s; }
    on eFrame do (f: (bit: bool, msg: int)) {
      if (f.bit == expected) {
        assert f.msg == next, format("got {0}, expected {1}", f.msg, next);
        next = next + 1;
        expected = !expected;
      }
      send sender, eAck, f.bit;
    }
  }
}

machine Main {
  var receiver: Receiver;
  var bit: bool;
  var msg: int;
  var drops: int;
  start state Sending {
    entry {
      receiver = new Receiver(this);
      Transmit();
    }
    on eAck do (b: bool) {
      if (b == bit && msg < 3) {
        bit = !bit;
        msg = msg + 1;
        Transmit();
      }
    }
    on eTimeout do { Transmit(); }
  }
  fun Transmit() {
    if (drops < 2 && $) {
      drops = drops + 1;
      send this, eTimeout;
    } else {
      send receiver, eFrame, (bit = bit, msg = msg);
    }
  }
}
