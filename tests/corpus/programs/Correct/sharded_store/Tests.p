param numShards: int;

machine Driver {
  start state Go {
    entry {
      var router: Router;
      var n: int;
      n = numShards;
      if (n < 1) { n = 2; }
      router = new Router((numShards = n, capacity = 2));
      new Client(router);
      new Client(router);
    }
  }
}

module Store = { Router, Shard };
test param (numShards in [1, 2, 3]) tcStore [main = Driver]:
  assert MonotonicVersions in (union Store, { Client, Driver });
test tcPlain [main = Driver]: assert MonotonicVersions in union Store, { Client }, { Driver };
