// bug: runtime-error
// A global helper sends on behalf of the calling machine, whose sends set lacks eAudit (4.7, 8.7).
event eAudit: string;
event eWork;

fun Audit(log: machine, what: string) {
  send log, eAudit, what;
}

machine AuditLog {
  start state Record {
    on eAudit do (s: string) { }
  }
}

machine Worker sends eWork; {
  start state Run {
    entry (log: machine) {
      Audit(log, "started");
    }
  }
}

machine Main {
  start state Start {
    entry {
      new Worker(new AuditLog());
    }
  }
}
