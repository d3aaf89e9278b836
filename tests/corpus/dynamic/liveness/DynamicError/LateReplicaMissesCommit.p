// bug: liveness
// A late replica registers with the leader (after two warm-up self-sends) while the leader streams six updates to the replicas it knows; if the leader finishes first, the late replica never gets the commit and the spec ends hot (8.10, 8.11).
event eUpdate: int; event eCommit; event eRegister: machine; event eWarm; event eNext; event eJoined; event eDone;
machine Main {
  start state S {
    entry {
      var l: machine; var r: machine;
      l = new Leader();
      new Replica(l);
      new LateReplica(l);
    }
  }
}
machine Leader {
  var replicas: seq[machine]; var i: int;
  start state Stream {
    entry { send this, eNext; }
    on eRegister do (r: machine) { replicas += (sizeof(replicas), r); }
    on eNext do {
      var r: machine;
      foreach (r in replicas) { send r, eUpdate, i; }
      i = i + 1;
      if (i < 6) { send this, eNext; } else { foreach (r in replicas) { send r, eCommit; } goto Done; }
    }
  }
  state Done { ignore eRegister, eNext; }
}
machine Replica {
  start state S {
    entry (l: machine) { send l, eRegister, this; }
    on eUpdate do (v: int) { }
    on eCommit do { }
  }
}
machine LateReplica {
  var l: machine; var warm: int;
  start state S {
    entry (x: machine) { l = x; announce eJoined; send this, eWarm; }
    on eWarm do {
      warm = warm + 1;
      if (warm < 2) { send this, eWarm; } else { send l, eRegister, this; }
    }
    on eUpdate do (v: int) { }
    on eCommit do { announce eDone; }
  }
}
spec LateReplicaCommits observes eJoined, eDone {
  start cold state Init { on eJoined goto Waiting; }
  hot state Waiting { on eDone goto Finished; }
  cold state Finished { }
}
