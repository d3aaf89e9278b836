// A shard serves the buckets it owns, ships a bucket away and takes one in (8.4 map updates in foreach over keys).
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
