// Each request is answered once, and every request is eventually answered.
spec AnsweredOnce observes eRequest, eResponse {
  var open: set[tReqId];
  var done: set[tReqId];

  start cold state Idle {
    on eRequest goto Busy with (r: tRequest) { Open(r.reqId); }
    on eResponse do (r: (reqId: tReqId, result: int)) { Close(r.reqId); }
  }

  hot state Busy {
    on eRequest do (r: tRequest) { Open(r.reqId); }
    on eResponse do (r: (reqId: tReqId, result: int)) {
      Close(r.reqId);
      if (sizeof(open) == 0) {
        goto Idle;
      }
    }
  }

  fun Open(id: tReqId) {
    assert !(id in open) && !(id in done), format("request id {0} reused", id);
    open += (id);
  }

  fun Close(id: tReqId) {
    assert id in open, format("request {0} answered twice or never sent", id);
    open -= id;
    done += (id);
  }
}
