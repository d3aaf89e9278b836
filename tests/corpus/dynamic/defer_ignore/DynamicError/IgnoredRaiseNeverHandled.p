// bug: assertion
// A raised event that the current state ignores is discarded; it is not kept for the next state (8.5 event loop step 1).
event eAudit;
event eMove;

machine Main {
  var audited: bool;
  start state Quiet {
    ignore eAudit;
    entry {
      send this, eMove;
      raise eAudit;
    }
    on eMove goto Loud;
  }
  state Loud {
    on eAudit do { audited = true; }
    entry { assert audited, "the audit raised in Quiet was dropped, not carried over"; }
  }
}
