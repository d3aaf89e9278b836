// The router answers bucket lookups; the rebalancer moves one bucket; clients retry on eWrongShard (8.6).
machine Router receives eLookup, eRouteUpdate; sends eRoute; {
  var routes: map[tBucket, IShard];

  start state Routing {
    entry (initial: map[tBucket, IShard]) {
      routes = initial;
    }
    on eLookup do (l: (client: machine, bucket: tBucket)) {
      send l.client, eRoute, (bucket = l.bucket, shard = routes[l.bucket]);
    }
    on eRouteUpdate do (u: (bucket: tBucket, shard: IShard)) {
      routes[u.bucket] = u.shard;
    }
  }
}

// Moves bucket 0 from the first shard to the second, once.
machine Rebalancer sends eMoveBucket, eRouteUpdate, eOwn; {
  start state Move {
    entry (cfg: (router: IRouter, from: IShard, dest: IShard, bucket: tBucket)) {
      if (ownEarly) {
        // the bug: the new owner is announced before the old one has let go
        announce eOwn, (bucket = cfg.bucket, shard = cfg.dest);
      }
      send cfg.from, eMoveBucket, (bucket = cfg.bucket, dest = cfg.dest);
      send cfg.router, eRouteUpdate, (bucket = cfg.bucket, shard = cfg.dest);
    }
  }
}

machine KvClient receives ePutAck, eWrongShard, eRoute; sends ePut, eLookup; {
  var router: IRouter;
  var cache: map[tBucket, IShard];

  start state Working {
    entry (cfg: (router: IRouter, keyList: seq[tKey], first: int)) {
      var k: tKey;
      var n: int;
      router = cfg.router;
      foreach (k in cfg.keyList) {
        Put(k, n, cfg.first + n);
        n = n + 1;
      }
    }
  }

  fun Put(key: tKey, value: int, reqId: int) {
    var done: bool;
    var shard: IShard;
    while (!done) {
      if (!(BucketOf(key) in cache)) {
        send router, eLookup, (client = this, bucket = BucketOf(key));
        receive {
          case eRoute: (r: (bucket: tBucket, shard: IShard)) { cache[r.bucket] = r.shard; }
        }
      }
      shard = cache[BucketOf(key)];
      send shard, ePut, (client = this, key = key, value = value, reqId = reqId);
      receive {
        case ePutAck: (a: (reqId: int, key: tKey, version: int)) {
          assert a.reqId == reqId;
          done = true;
        }
        case eWrongShard: (p: tPut) {
          cache -= BucketOf(key);
        }
      }
    }
  }
}
