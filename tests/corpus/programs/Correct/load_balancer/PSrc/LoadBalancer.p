// Forwards each request to a backend that is up, round robin. Requests whose
// backend goes down are sent again elsewhere; requests that find no backend
// up wait in a queue. Answers are deduplicated by request id.
machine LoadBalancer
  receives eRequest, eBackendDone, eBackendDown, eBackendUp;
  sends eForward, eResponse, eStopChecking;
{
  var backends: seq[IBackend];
  var up: set[IBackend];
  var inFlight: map[tReqId, (req: tRequest, backend: IBackend)];
  var waiting: seq[tRequest];
  var answered: set[tReqId];
  var next: int;
  var expected: int;
  var checker: IHealthChecker;

  start state Init {
    entry (cfg: tLbConfig) {
      var b: IBackend;
      backends = cfg.backends;
      expected = cfg.expected;
      foreach (b in backends) {
        up += (b);
      }
      checker = new IHealthChecker((lb = this as ILoadBalancer, backends = backends));
      goto Balancing;
    }
  }

  state Balancing {
    on eRequest do (req: tRequest) {
      Dispatch(req);
    }

    on eBackendDone do (d: (backend: IBackend, req: tRequest, result: int)) {
      if (d.req.reqId in answered) {
        return;
      }
      answered += (d.req.reqId);
      inFlight -= d.req.reqId;
      send d.req.client, eResponse, (reqId = d.req.reqId, result = d.result);
      if (sizeof(answered) == expected) {
        send checker, eStopChecking;
        goto Drained;
      }
    }

    on eBackendDown do (b: IBackend) {
      var id: tReqId;
      up -= b;
      if (!reRouteOnDown) {
        return;
      }
      foreach (id in keys(inFlight)) {
        if (inFlight[id].backend == b) {
          Dispatch(inFlight[id].req);
        }
      }
    }

    on eBackendUp do (b: IBackend) {
      var pending: seq[tRequest];
      var r: tRequest;
      up += (b);
      pending = waiting;
      waiting = default(seq[tRequest]);
      foreach (r in pending) {
        Dispatch(r);
      }
    }
  }

  state Drained {
    ignore eBackendDone, eBackendDown, eBackendUp;
  }

  fun Dispatch(req: tRequest) {
    var target: IBackend;
    var tries: int;
    while (tries < sizeof(backends)) {
      target = backends[next % sizeof(backends)];
      next = next + 1;
      tries = tries + 1;
      if (target in up) {
        inFlight[req.reqId] = (req = req, backend = target);
        send target, eForward, (lb = this as ILoadBalancer, req = req);
        return;
      }
    }
    waiting += (sizeof(waiting), req);
  }
}
