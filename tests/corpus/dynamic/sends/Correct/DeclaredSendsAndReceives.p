// Machines with explicit sends/receives sets only send and accept permitted events (8.7 step 2).
event eData: (from: machine, x: int);
event eAck: int;

machine Receiver receives eData, halt; sends eAck; {
  start state Recv {
    on eData do (d: (from: machine, x: int)) {
      send d.from, eAck, d.x;
    }
  }
}

machine Main receives eAck; sends eData, halt; {
  var acks: int;
  start state Start {
    entry {
      var r: machine;
      r = new Receiver();
      send r, eData, (from = this, x = 1);
      send r, eData, (from = this, x = 2);
      send r, halt;
    }
    on eAck do (x: int) {
      acks = acks + 1;
      assert acks == x;
    }
  }
}
