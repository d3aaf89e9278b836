// bug: deadlock
// An exit function waits for an acknowledgement that the peer never sends (8.6: receive anywhere).
event eLeave;
event eBye: machine;
event eAck;

machine Member {
  var peer: machine;
  start state Joined {
    entry (p: machine) {
      peer = p;
      send this, eLeave;
    }
    on eLeave goto Left;
    exit {
      send peer, eBye, this;
      receive {
        case eAck: { }
      }
    }
  }
  state Left { }
}

machine Registry {
  start state Track {
    on eBye do (m: machine) { }
  }
}

machine Main {
  start state Start {
    entry {
      new Member(new Registry());
    }
  }
}
