// A cancel can arrive in any state of a download (races with progress); each state handles or ignores it (8.5, 8.10).
event eStart: machine;
event eChunk;
event eCancel;
event eDone;

machine Download {
  var chunks: int;
  start state Idle {
    on eStart goto Fetching with (src: machine) { send src, eChunk; }
    on eCancel goto Cancelled;
  }
  state Fetching {
    on eChunk do {
      chunks = chunks + 1;
      if (chunks == 3) { raise eDone; }
      send this, eChunk;
    }
    on eDone goto Finished;
    on eCancel goto Cancelled;
  }
  state Finished {
    ignore eCancel, eChunk;
  }
  state Cancelled {
    ignore eCancel, eChunk, eStart;
  }
}

machine Source {
  start state S {
    ignore eChunk;
  }
}

machine User {
  start state Cancel {
    entry (d: machine) { send d, eCancel; }
  }
}

machine Main {
  start state Start {
    entry {
      var d: Download;
      d = new Download();
      send d, eStart, new Source();
      new User(d);
    }
  }
}
