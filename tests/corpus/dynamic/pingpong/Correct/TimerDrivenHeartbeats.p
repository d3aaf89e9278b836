// A timer ticks forever; on each tick the pinger sends a heartbeat that the ponger acknowledges (8.10).
event eTick;
event eArm: machine;
event eHeartbeat: (from: machine, num: int);
event eAck: int;

machine Timer {
  var client: machine;
  start state Ticking {
    on eArm do (c: machine) {
      client = c;
      send client, eTick;
    }
    on eTick do { send client, eTick; }
  }
}

machine Ponger {
  start state Serve {
    on eHeartbeat do (h: (from: machine, num: int)) {
      send h.from, eAck, h.num;
    }
  }
}

machine Main {
  var timer: Timer;
  var pong: Ponger;
  var beats: int;
  var acked: int;
  start state Running {
    entry {
      timer = new Timer();
      pong = new Ponger();
      send timer, eArm, this;
    }
    on eTick do {
      beats = beats + 1;
      send pong, eHeartbeat, (from = this, num = beats);
      send timer, eTick;
    }
    on eAck do (s: int) {
      assert s == acked + 1, format("ack {0} after {1}", s, acked);
      acked = s;
    }
  }
}
