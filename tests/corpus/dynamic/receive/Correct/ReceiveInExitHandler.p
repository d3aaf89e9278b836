// An exit handler may block in receive for a flush confirmation; the transition completes after it (8.5, 8.6 step 7).
event eClose;
event eFlush: machine;
event eFlushed;

machine Disk {
  start state Up {
    on eFlush do (c: machine) { send c, eFlushed; }
  }
}

machine Main {
  var disk: Disk;
  var flushed: bool;
  start state Open {
    entry {
      disk = new Disk();
      send this, eClose;
    }
    on eClose goto Closed;
    exit {
      send disk, eFlush, this;
      receive { case eFlushed: { flushed = true; } }
    }
  }
  state Closed {
    entry { assert flushed, "closed before the flush finished"; }
  }
}
