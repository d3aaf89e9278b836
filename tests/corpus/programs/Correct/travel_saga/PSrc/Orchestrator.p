// The orchestrator runs one saga. Steps run in order, each waiting for its
// answer with a receive; a failed step is raised and compensation starts.
machine SagaOrchestrator
  receives eReserveResp, eCancelAck, eStepFailed;
  sends eReserve, eCancel, eSagaOutcome;
{
  var participants: map[tStep, IParticipant];
  var order: seq[tStep];
  var done: seq[tStep];
  var sagaId: tSagaId;

  start state Init {
    entry (cfg: tSagaConfig) {
      participants = cfg.participants;
      sagaId = cfg.sagaId;
      order += (0, FLIGHT);
      order += (1, HOTEL);
      order += (2, CAR);
      goto Executing;
    }
  }

  state Executing {
    entry {
      var step: tStep;
      foreach (step in order) {
        if (!ReserveStep(step)) {
          raise eStepFailed, step;
        }
        done += (sizeof(done), step);
      }
      announce eSagaOutcome, (sagaId = sagaId, committed = true);
      goto Committed;
    }
    on eStepFailed goto Compensating with (s: tStep) {
      print format("saga {0}: step {1} failed after {2} steps", sagaId, s, sizeof(done));
    }
  }

  state Compensating {
    entry (failed: tStep) {
      var i: int;
      assert !(failed in done), "a failed step cannot be done";
      i = sizeof(done) - 1;
      while (i >= 0) {
        CancelStep(done[i]);
        if (!compensateAll) {
          break; // only undoes the most recent step
        }
        i = i - 1;
      }
      done = default(seq[tStep]);
      announce eSagaOutcome, (sagaId = sagaId, committed = false);
      goto Aborted;
    }
  }

  state Committed { }
  state Aborted { }

  fun ReserveStep(step: tStep): bool {
    var ok: bool;
    send participants[step], eReserve, (orchestrator = this, sagaId = sagaId);
    receive {
      case eReserveResp: (r: tReserveResp) {
        assert r.step == step && r.sagaId == sagaId,
          format("answer for step {0} of saga {1}, expected {2}", r.step, r.sagaId, step);
        ok = r.ok;
      }
    }
    return ok;
  }

  fun CancelStep(step: tStep) {
    send participants[step], eCancel, (orchestrator = this, sagaId = sagaId);
    receive {
      case eCancelAck: (a: (sagaId: tSagaId, step: tStep)) {
        assert a.step == step;
      }
    }
  }
}
