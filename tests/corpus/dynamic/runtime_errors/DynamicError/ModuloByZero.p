// bug: runtime-error
// `%` by zero is a runtime error: sharding with zero shards (8.3 int).
fun ShardOf(key: int, shards: int): int {
  return key % shards;
}

machine Main {
  var shardCount: int;
  start state Route {
    entry {
      var s: int;
      s = ShardOf(17, shardCount);
    }
  }
}
