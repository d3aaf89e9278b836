// bug: assertion
// A deferred halt stays queued; the next state handles halt with a goto to an error state (8.5 defer, Halting).
event eDone;

machine Uploader {
  start state Uploading {
    defer halt;
    entry {
      send this, eDone;
    }
    on eDone goto Finished;
  }
  state Finished {
    on halt goto Broken;
  }
  state Broken {
    entry {
      assert false, "halt arrived after the upload finished";
    }
  }
}

machine Main {
  start state Start {
    entry {
      send new Uploader(), halt;
    }
  }
}
