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
