// The primary acks a write only after the backup confirmed it, so a read at the backup after the ack sees it (8.6).
event eWrite: (v: int, client: machine);
event eReplicate: (v: int, primary: machine);
event eReplicated;
event eAck;
event eRead: machine;
event eValue: int;

machine Backup {
  var value: int;
  start state Serve {
    on eReplicate do (r: (v: int, primary: machine)) {
      value = r.v;
      send r.primary, eReplicated;
    }
    on eRead do (c: machine) { send c, eValue, value; }
  }
}

machine Primary {
  var backup: machine;
  start state Serve {
    entry (b: machine) { backup = b; }
    on eWrite do (w: (v: int, client: machine)) {
      send backup, eReplicate, (v = w.v, primary = this);
      receive { case eReplicated: { } }
      send w.client, eAck;
    }
  }
}

machine Main {
  start state Run {
    entry {
      var backup: Backup;
      var primary: Primary;
      backup = new Backup();
      primary = new Primary(backup);
      send primary, eWrite, (v = 5, client = this);
      receive { case eAck: { } }
      send backup, eRead, this;
      receive { case eValue: (v: int) { assert v == 5, format("read {0}", v); } }
    }
  }
}
