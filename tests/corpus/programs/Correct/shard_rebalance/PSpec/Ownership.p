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
