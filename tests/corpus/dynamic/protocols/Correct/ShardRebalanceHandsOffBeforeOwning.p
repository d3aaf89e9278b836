// test: tcRebalance___ownEarly_false
// A sharded KV store moving a bucket between shards while clients write: the old owner stops serving before shipping the data, clients follow eWrongShard back to the router (8.6 receive with two cases, map-valued payloads).

// ---- PSrc/Router.p
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

// ---- PSrc/Shard.p
machine Shard
  receives ePut, eMoveBucket, eHandoff;
  sends ePutAck, eWrongShard, eHandoff, eHandoffDone, eOwn, eDisown, eWritten;
{
  var owned: set[tBucket];
  var kv: map[tKey, int];
  var versions: map[tKey, int];

  start state Init {
    entry (buckets: set[tBucket]) {
      var b: tBucket;
      foreach (b in buckets) {
        owned += (b);
        announce eOwn, (bucket = b, shard = this);
      }
      goto Serving;
    }
  }

  state Serving {
    on ePut do (p: tPut) {
      var v: int;
      if (!(BucketOf(p.key) in owned)) {
        send p.client, eWrongShard, p;
        return;
      }
      if (p.key in versions) {
        v = versions[p.key];
      }
      v = v + 1;
      versions[p.key] = v;
      kv[p.key] = p.value;
      announce eWritten, (key = p.key, version = v);
      send p.client, ePutAck, (reqId = p.reqId, key = p.key, version = v);
    }

    // Give a bucket away: stop serving it first, then ship its kv.
    on eMoveBucket do (m: (bucket: tBucket, dest: IShard)) {
      var h: tHandoff;
      var k: tKey;
      assert m.bucket in owned, "moving a bucket this shard does not own";
      owned -= m.bucket;
      announce eDisown, (bucket = m.bucket, shard = this);
      h.bucket = m.bucket;
      foreach (k in keys(kv)) {
        if (BucketOf(k) == m.bucket) {
          h.kv[k] = kv[k];
          h.versions[k] = versions[k];
          kv -= k;
          versions -= k;
        }
      }
      send m.dest, eHandoff, h;
    }

    on eHandoff do (h: tHandoff) {
      var k: tKey;
      foreach (k in keys(h.kv)) {
        kv[k] = h.kv[k];
        versions[k] = h.versions[k];
      }
      owned += (h.bucket);
      if (!ownEarly) {
        announce eOwn, (bucket = h.bucket, shard = this);
      }
    }
  }
}

// ---- PSrc/Types.p
// A sharded key-value store whose rebalancer moves key buckets between shards
// while clients keep writing. A shard that no longer owns a bucket answers
// eWrongShard and the client asks the router again.
type tBucket = int;
type tKey = string;
type tPut = (client: machine, key: tKey, value: int, reqId: int);
type tHandoff = (bucket: tBucket, kv: map[tKey, int], versions: map[tKey, int]);

event ePut: tPut;
event ePutAck: (reqId: int, key: tKey, version: int);
event eWrongShard: tPut;
event eLookup: (client: machine, bucket: tBucket);
event eRoute: (bucket: tBucket, shard: IShard);
event eMoveBucket: (bucket: tBucket, dest: IShard);
event eHandoff: tHandoff;
event eHandoffDone: tBucket;
event eRouteUpdate: (bucket: tBucket, shard: IShard);
event eRebalanceDone;
event eOwn: (bucket: tBucket, shard: machine);
event eDisown: (bucket: tBucket, shard: machine);
event eWritten: (key: tKey, version: int);

interface IShard(set[tBucket]) receives ePut, eMoveBucket, eHandoff;
interface IRouter(map[tBucket, IShard]) receives eLookup, eRouteUpdate;

param ownEarly: bool;

fun BucketOf(key: tKey): tBucket {
  if (key == "a" || key == "b") {
    return 0;
  }
  return 1;
}

// ---- PSpec/Ownership.p
// A bucket has at most one owner, and versions of a key only grow.
spec SingleOwner observes eOwn, eDisown, eWritten {
  var owner: map[tBucket, machine];
  var lastVersion: map[tKey, int];

  start state Watching {
    on eOwn do (o: (bucket: tBucket, shard: machine)) {
      if (o.bucket in owner) {
        assert owner[o.bucket] == o.shard,
          format("bucket {0} owned by {1} and {2}", o.bucket, owner[o.bucket], o.shard);
      }
      owner[o.bucket] = o.shard;
    }
    on eDisown do (o: (bucket: tBucket, shard: machine)) {
      assert o.bucket in owner && owner[o.bucket] == o.shard, "disowned by a non-owner";
      owner -= o.bucket;
    }
    on eWritten do (w: (key: tKey, version: int)) {
      if (w.key in lastVersion) {
        assert w.version > lastVersion[w.key], format("version of {0} went from {1} to {2}", w.key, lastVersion[w.key], w.version);
      }
      lastVersion[w.key] = w.version;
    }
  }
}

// ---- PTst/Tests.p
machine RebalanceTest {
  start state Init {
    entry {
      var s0: IShard;
      var s1: IShard;
      var b0: set[tBucket];
      var b1: set[tBucket];
      var routes: map[tBucket, IShard];
      var router: IRouter;
      var ks: seq[tKey];
      b0 += (0);
      b1 += (1);
      s0 = new IShard(b0);
      s1 = new IShard(b1);
      routes[0] = s0;
      routes[1] = s1;
      router = new IRouter(routes);
      ks += (0, "a"); ks += (1, "c"); ks += (2, "a"); ks += (3, "b");
      new KvClient((router = router, keyList = ks, first = 0));
      new KvClient((router = router, keyList = ks, first = 100));
      new Rebalancer((router = router, from = s0, dest = s1, bucket = 0));
    }
  }
}

module Store = { Shard -> IShard, Router -> IRouter };

test param (ownEarly in [false, true]) tcRebalance [main = RebalanceTest]:
  assert SingleOwner in (union Store, { KvClient, Rebalancer, RebalanceTest });
