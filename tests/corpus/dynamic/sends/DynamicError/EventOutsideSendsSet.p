// bug: runtime-error
// A machine declaring `sends eAck;` sends eNack, which is outside its sends set (8.7 step 2).
event eData: int;
event eAck;
event eNack;

machine Receiver sends eAck; {
  start state Recv {
    on eData do (x: int) {
      if (x >= 0) {
        send this, eAck;
      } else {
        send this, eNack;
      }
    }
    ignore eAck, eNack;
  }
}

machine Main {
  start state Start {
    entry {
      var r: Receiver;
      r = new Receiver();
      send r, eData, 1;
      send r, eData, -1;
    }
  }
}
