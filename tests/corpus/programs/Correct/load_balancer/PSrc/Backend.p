// A backend answers work and pings until it is crashed with halt.
machine Backend receives eForward, ePing, halt; sends eBackendDone, ePong; {
  var served: int;

  start state Serving {
    on eForward do (f: (lb: ILoadBalancer, req: tRequest)) {
      served = served + 1;
      send f.lb, eBackendDone, (backend = this as IBackend, req = f.req, result = f.req.work * 2);
    }
    on ePing do (p: (checker: IHealthChecker, round: int)) {
      send p.checker, ePong, (backend = this to IBackend, round = p.round);
    }
  }
}
