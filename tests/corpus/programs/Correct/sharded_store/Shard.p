// A shard: owns a slice of the key space while it holds a lease.
machine Shard
  receives eForward, eLeaseGrant, halt;
  sends eRejected;
  sends eResponse, eLeaseRenew, eShardDown, eStored;
{
  var cfg: tShardConfig;
  var store: map[string, tVersioned];
  var lease: int;
  var versions: map[string, int];   // survives deletes

  start state Init {
    entry (c: tShardConfig) {
      cfg = c;
      send cfg.router, eLeaseRenew, (shard = cfg.index, epoch = 0);
    }
    on eLeaseGrant goto Active with SetLease;
    defer eForward;        // requests wait until we hold a lease
  }

  state Active {
    on eForward do (req: tRequest) {
      var reply: tResponse;
      if (sizeof(store) >= cfg.capacity && !(req.key in store) && req.op == PUT) {
        send cfg.router, eShardDown, cfg.index;   // full: the router stops routing to us
        send req.client, eRejected, (key = req.key, reason = "shard full");
        return;
      }
      reply = Apply(req);
      if (req.op != GET) { announce eStored, (key = req.key, version = reply.version); }
      send req.client, eResponse, reply;
    }
    on eLeaseGrant do SetLease;
    exit { print format("shard {0} leaves Active with {1} keys", cfg.index, sizeof(store)); }
  }

  fun SetLease(epoch: int) { assert epoch > lease, "leases only grow"; lease = epoch; }

  fun Apply(req: tRequest): tResponse {
    var cur: tVersioned;
    var version: int;
    if (req.key in store) { cur = store[req.key]; }
    if (req.key in versions) { version = versions[req.key]; }
    if (req.op == PUT) {
      version = version + 1;
      cur = (value = req.value, version = version);
      store[req.key] = cur;
    } else if (req.op == DELETE) {
      store -= req.key;                 // the value goes, its version stays
      version = version + 1;
      cur.version = version;
    }
    versions[req.key] = version;
    return (key = req.key, value = cur.value, version = version, shard = cfg.index);
  }
}
