// Clients wait for each answer with receive (8.6).
machine Client receives eResponse; sends eRequest; {
  start state Working {
    entry (cfg: (lb: ILoadBalancer, first: tReqId, count: int)) {
      var i: int;
      var id: tReqId;
      while (i < cfg.count) {
        id = cfg.first + i;
        send cfg.lb, eRequest, (client = this as IClient, reqId = id, work = i);
        receive {
          case eResponse: (r: (reqId: tReqId, result: int)) {
            assert r.reqId == id, format("expected answer {0}, got {1}", id, r.reqId);
            assert r.result == 2 * i;
          }
        }
        i = i + 1;
      }
    }
  }
}
