/*****************************************************************************
 * Sharded key-value store: a router forwards client requests to the shard
 * that owns the key; shards hold a lease from the router and answer clients
 * directly. Several files, declarations used before they are declared (the
 * events and types live in Types.p), comments everywhere (reference 2.1, 3).
 *****************************************************************************/

machine Router
  receives eRequest, eLeaseRenew, eShardDown;   // what clients and shards may send us
  sends eForward, eLeaseGrant, eRejected;
{
  var shards: map[int, Shard];      // shard index -> shard
  var leases: map[int, int];        // shard index -> lease epoch
  var pending: seq[tRequest];
  var epoch: int;

  start state Boot {
    entry (cfg: tRouterConfig) {
      var i: int;
      i = 0;
      while (i < cfg.numShards) {
        shards[i] = new Shard((router = this, index = i, capacity = cfg.capacity));
        leases += (i, 0);
        i = i + 1;
      }
      goto Serving;
    }
  }

  state Serving {
    on eRequest do Route;
    on eLeaseRenew do (r: (shard: int, epoch: int)) {
      if (r.shard in leases && leases[r.shard] <= r.epoch) {
        leases[r.shard] = r.epoch + 1;
        send shards[r.shard], eLeaseGrant, leases[r.shard];
      }
    }
    on eShardDown goto Degraded with (index: int) {
      leases -= index;
      epoch = epoch + 1;
    }
  }

  state Degraded {
    entry { Drain(); }
    on eRequest do (req: tRequest) {
      if (OwnerOf(req.key, sizeof(shards)) in leases) { Route(req); }
      else { send req.client, eRejected, (key = req.key, reason = "shard down"); }
    }
    ignore eLeaseRenew, eShardDown;
  }

  fun Route(req: tRequest) {
    var owner: int;
    owner = OwnerOf(req.key, sizeof(shards));
    if (!(owner in shards)) {
      pending += (sizeof(pending), req);
      return;
    }
    send shards[owner], eForward, req;
  }

  fun Drain() {
    var req: tRequest;
    foreach (req in pending) { Route(req); }
    pending = default(seq[tRequest]);
  }
}

// Global helper: visible from every machine, no fields.
fun OwnerOf(key: string, n: int): int {
  if (n == 0) { return 0; }
  return KeyHash(key) % n;
}
