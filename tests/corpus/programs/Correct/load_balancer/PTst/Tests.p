// Two backends, one of which may crash at any time; two clients.
machine LbTestDriver receives; {
  start state Init {
    entry {
      var backends: seq[IBackend];
      var lb: ILoadBalancer;
      var victim: IBackend;
      backends += (0, new IBackend());
      backends += (1, new IBackend());
      lb = new ILoadBalancer((backends = backends, expected = 4));
      new IClient((lb = lb, first = 100, count = 2));
      new IClient((lb = lb, first = 200, count = 2));
      if ($) {
        victim = choose(backends);
        send victim, halt;
      }
    }
  }
}

module Backends = { Backend -> IBackend };
module Front = { LoadBalancer -> ILoadBalancer, HealthChecker -> IHealthChecker, Timer };
module Clients = { Client -> IClient };
module Cluster = compose (hidei IHealthChecker in Front), Backends;

test tcCrashOneBackend [main = LbTestDriver]:
  assert AnsweredOnce in (union Cluster, Clients, { LbTestDriver });

test param (reRouteOnDown in [true, false]) tcReRoute [main = LbTestDriver]:
  assert AnsweredOnce in (union Cluster, Clients, { LbTestDriver });
