// Two shards, a router, two clients and one rebalancing move, under both settings of ownEarly (7.3).
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
