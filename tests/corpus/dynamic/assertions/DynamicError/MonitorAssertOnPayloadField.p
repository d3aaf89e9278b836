// bug: assertion
// A spec checks a named-tuple payload field; the third reply carries a stale version (8.8).
type tReply = (key: string, version: int);
event eReply: tReply;

spec MonotonicVersions observes eReply {
  var last: int;
  start state Watching {
    on eReply do (r: tReply) {
      assert r.version > last, format("version {0} for {1} is not newer than {2}", r.version, r.key, last);
      last = r.version;
    }
  }
}

machine Store {
  start state Serving {
    entry {
      var client: machine;
      client = new Reader();
      send client, eReply, (key = "x", version = 1);
      send client, eReply, (key = "x", version = 2);
      send client, eReply, (key = "x", version = 2);
    }
  }
}

machine Reader {
  start state Reading {
    on eReply do (r: tReply) { }
  }
}

test tcStaleReply [main = Store]: assert MonotonicVersions in { Store, Reader };
