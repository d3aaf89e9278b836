// A client performs `ops` random operations, one at a time: a write of a fresh value to
// the primary, or a read from a randomly chosen replica.
machine Client
  receives eWriteResp, eReadResp;
  sends eWriteReq, eReadReq;
{
  var cfg: tClientConfig;
  var keyNames: seq[tKey];

  start state Running {
    entry (c: tClientConfig) {
      var i: int;
      var reqId: int;
      var key: tKey;
      var replica: ReadReplica;
      cfg = c;
      keyNames += (0, "x");
      keyNames += (1, "y");
      while (i < cfg.ops) {
        reqId = 1000 * (cfg.id + 1) + i;
        key = choose(keyNames);
        if ($) {
          send cfg.primary, eWriteReq, (client = this, reqId = reqId, key = key, value = reqId);
          receive {
            case eWriteResp: (w: (reqId: int, key: tKey, version: tVersion)) {
              print format("client {0}: {1} := {2} acknowledged as version {3}", cfg.id, key, reqId, w.version);
            }
          }
        } else {
          replica = choose(cfg.replicas);
          send replica, eReadReq, (client = this, reqId = reqId, key = key);
          receive {
            case eReadResp: (r: (reqId: int, key: tKey, item: tEntry)) {
              print format("client {0}: read {1} = {2} (version {3}) from {4}", cfg.id, key, r.item.value, r.item.version, replica);
            }
          }
        }
        i = i + 1;
      }
    }
  }
}
