// A booking service for one kind of step. Reservations can fail (no
// inventory); cancelling an unknown reservation is acknowledged anyway.
machine Participant
  receives eReserve, eCancel;
  sends eReserveResp, eCancelAck, eReserved, eReleased;
{
  var kind: tStep;
  var held: set[tSagaId];
  var capacity: int;

  start state Init {
    entry (k: tStep) {
      kind = k;
      capacity = 1 + choose(2);
      goto Ready;
    }
  }

  state Ready {
    on eReserve do (r: tReserveReq) {
      var ok: bool;
      ok = sizeof(held) < capacity && $;
      if (ok) {
        held += (r.sagaId);
        announce eReserved, (sagaId = r.sagaId, step = kind);
      }
      send r.orchestrator, eReserveResp, (sagaId = r.sagaId, step = kind, ok = ok);
    }

    on eCancel do (c: tCancelReq) {
      if (c.sagaId in held) {
        held -= c.sagaId;
        announce eReleased, (sagaId = c.sagaId, step = kind);
      }
      send c.orchestrator, eCancelAck, (sagaId = c.sagaId, step = kind);
    }
  }
}
