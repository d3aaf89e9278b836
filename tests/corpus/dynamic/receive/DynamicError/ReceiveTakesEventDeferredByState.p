// bug: assertion
// The state defers eCancel, but receive ignores defer: a queued eCancel is taken by the receive, not kept for later (8.6 step 2).
event eCancel;
event eGrant;

machine Main {
  start state Waiting {
    defer eCancel;
    entry {
      var granted: bool;
      send this, eCancel;
      send this, eGrant;
      receive {
        case eGrant: { granted = true; }
        case eCancel: { granted = false; }
      }
      assert granted, "the deferred eCancel was received first";
    }
  }
}
