// bug: assertion
// A client sends a write to a primary and then a notice to an auditor; the write's replication reaches the auditor first (8.10).
event eWrite: int;
event eReplicate: int;
event eNotice: int;

machine Auditor {
  var announced: set[int];
  start state Audit {
    on eNotice do (v: int) { announced += (v); }
    on eReplicate do (v: int) {
      assert v in announced, format("write {0} replicated before it was announced", v);
    }
  }
}

machine Backup {
  var auditor: machine;
  start state Copy {
    entry (a: machine) { auditor = a; }
    on eReplicate do (v: int) { send auditor, eReplicate, v; }
  }
}

machine Primary {
  var backup: machine;
  start state Serve {
    entry (b: machine) { backup = b; }
    on eWrite do (v: int) { send backup, eReplicate, v; }
  }
}

machine Main {
  start state Start {
    entry {
      var auditor: Auditor;
      var primary: Primary;
      auditor = new Auditor();
      primary = new Primary(new Backup(auditor));
      send primary, eWrite, 7;
      send auditor, eNotice, 7;
    }
  }
}
