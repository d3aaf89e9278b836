// The primary orders all writes: it assigns each a version, applies it, forwards it to
// every backup and waits (in a blocking `receive`) for enough acknowledgements before
// answering the client. Meanwhile other requests wait in its inbox.
machine Primary
  receives eWriteReq, eReadReq, eReplicateAck;
  sends eWriteResp, eReadResp, eReplicate;
{
  var backups: seq[Backup];
  var policy: tAckPolicy;
  var store: map[tKey, tEntry];
  var version: tVersion;

  start state Serving {
    entry (cfg: tPrimaryConfig) {
      backups = cfg.backups;
      policy = cfg.policy;
    }

    on eWriteReq do (w: (client: Client, reqId: int, key: tKey, value: int)) {
      var b: Backup;
      var acks: int;
      var needed: int;
      version = version + 1;
      store[w.key] = (value = w.value, version = version);
      foreach (b in backups) {
        send b, eReplicate, (primary = this, key = w.key, item = store[w.key]);
      }
      needed = AcksNeeded();
      while (acks < needed) {
        receive {
          case eReplicateAck: (a: (backup: int, version: tVersion)) {
            if (a.version == version) {
              acks = acks + 1;
            }
          }
        }
      }
      send w.client, eWriteResp, (reqId = w.reqId, key = w.key, version = version);
    }

    on eReadReq do (r: (client: Client, reqId: int, key: tKey)) {
      send r.client, eReadResp, (reqId = r.reqId, key = r.key, item = Lookup(store, r.key));
    }

    // Late acks for writes already acknowledged (only with ACK_AFTER_FIRST_BACKUP).
    ignore eReplicateAck;
  }

  fun AcksNeeded(): int {
    if (policy == ACK_AFTER_FIRST_BACKUP && sizeof(backups) > 0) {
      return 1;   // "the write is safe on two machines already"
    }
    return sizeof(backups);
  }
}

// A backup applies the primary's writes in the order it sends them and serves reads
// from its own copy.
machine Backup
  receives eReplicate, eReadReq;
  sends eReplicateAck, eReadResp;
{
  var id: int;
  var store: map[tKey, tEntry];

  start state Serving {
    entry (myId: int) { id = myId; }

    on eReplicate do (r: (primary: Primary, key: tKey, item: tEntry)) {
      store[r.key] = r.item;
      send r.primary, eReplicateAck, (backup = id, version = r.item.version);
    }

    on eReadReq do (r: (client: Client, reqId: int, key: tKey)) {
      send r.client, eReadResp, (reqId = r.reqId, key = r.key, item = Lookup(store, r.key));
    }
  }
}
