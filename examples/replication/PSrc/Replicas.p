// The primary orders all writes: it assigns each a version, applies it, forwards it to
// every backup (through that backup's replication link) and waits, in a blocking
// `receive`, for enough acknowledgements before answering the client. Meanwhile other
// requests wait in its inbox.
machine Primary
  receives eWriteReq, eReadReq, eReplicateAck;
  sends eWriteResp, eReadResp, eReplicate;
{
  var backups: seq[Backup];
  var links: seq[ReplicationLink];
  var policy: tAckPolicy;
  var store: map[tKey, tEntry];
  var version: tVersion;

  start state Serving {
    entry (cfg: tPrimaryConfig) {
      var b: Backup;
      backups = cfg.backups;
      policy = cfg.policy;
      foreach (b in backups) {
        links += (sizeof(links), new ReplicationLink(b));
      }
    }

    on eWriteReq do (w: (client: Client, reqId: int, key: tKey, value: int)) {
      var link: ReplicationLink;
      var acks: int;
      var needed: int;
      version = version + 1;
      store[w.key] = (value = w.value, version = version);
      foreach (link in links) {
        send link, eReplicate, (primary = this, key = w.key, item = store[w.key]);
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

// The network path from the primary to one backup: it delivers replication messages in
// order, but takes its time — a client's read can reach the backup first.
machine ReplicationLink
  receives eReplicate;
  sends eReplicate;
{
  var backup: Backup;

  start state Forwarding {
    entry (b: Backup) { backup = b; }
    on eReplicate do (r: (primary: Primary, key: tKey, item: tEntry)) {
      send backup, eReplicate, r;
    }
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
