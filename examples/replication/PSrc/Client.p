// A client performs `ops` rounds, one request at a time. Each round it writes a fresh
// value to a random key at the primary and then reads that key back from a randomly
// chosen replica (which may be the primary or any backup).
machine Client
  receives eWriteResp, eReadResp;
  sends eWriteReq, eReadReq;
{
  var cfg: tClientConfig;
  var keyNames: seq[tKey];

  start state Running {
    entry (c: tClientConfig) {
      var i: int;
      var key: tKey;
      cfg = c;
      keyNames += (0, "x");
      keyNames += (1, "y");
      while (i < cfg.ops) {
        key = choose(keyNames);
        Write(key, 1000 * (cfg.id + 1) + 10 * i);
        Read(key, 1000 * (cfg.id + 1) + 10 * i + 1);
        i = i + 1;
      }
    }
  }

  fun Write(key: tKey, reqId: int) {
    send cfg.primary, eWriteReq, (client = this, reqId = reqId, key = key, value = reqId);
    receive {
      case eWriteResp: (w: (reqId: int, key: tKey, version: tVersion)) {
        print format("client {0}: {1} := {2} acknowledged as version {3}", cfg.id, key, reqId, w.version);
      }
    }
  }

  fun Read(key: tKey, reqId: int) {
    var replica: ReadReplica;
    replica = choose(cfg.replicas);
    send replica, eReadReq, (client = this, reqId = reqId, key = key);
    receive {
      case eReadResp: (r: (reqId: int, key: tKey, item: tEntry)) {
        print format("client {0}: read {1} = {2} (version {3}) from {4}",
                     cfg.id, key, r.item.value, r.item.version, replica);
      }
    }
  }
}
