// LinearizableReads (safety): a read returns the latest write acknowledged before the
// read was issued, or a newer one — never an older one. And whatever version a read
// returns carries the value that was written with that version.
//
// The spec notes the acknowledged version of each key when a write is acknowledged, and
// when a read request is sent it records the version the answer must at least have.
spec LinearizableReads observes eReplicate, eWriteResp, eReadReq, eReadResp {
  var written: map[tVersion, (key: tKey, value: int)];
  var acked: map[tKey, tVersion];
  var mustSee: map[int, tVersion];   // reqId of an outstanding read -> minimum version

  start state Watching {
    on eReplicate do (r: (primary: Primary, key: tKey, item: tEntry)) {
      written[r.item.version] = (key = r.key, value = r.item.value);
    }

    on eWriteResp do (w: (reqId: int, key: tKey, version: tVersion)) {
      if (!(w.key in acked) || acked[w.key] < w.version) {
        acked[w.key] = w.version;
      }
    }

    on eReadReq do (r: (client: Client, reqId: int, key: tKey)) {
      if (r.key in acked) {
        mustSee[r.reqId] = acked[r.key];
      } else {
        mustSee[r.reqId] = 0;
      }
    }

    on eReadResp do (r: (reqId: int, key: tKey, item: tEntry)) {
      assert r.item.version >= mustSee[r.reqId],
        format("stale read {0}: {1} has version {2}, but version {3} was acknowledged before the read",
               r.reqId, r.key, r.item.version, mustSee[r.reqId]);
      if (r.item.version > 0) {
        assert written[r.item.version].key == r.key && written[r.item.version].value == r.item.value,
          format("read {0} returned a value that was never written as {1} version {2}",
                 r.reqId, r.key, r.item.version);
      }
      mustSee -= r.reqId;
    }
  }
}
