// bug: assertion; test: tcSagaCompensation___compensateAll_false
// The saga with the parameter that breaks out of the compensation loop after the most recent step: an aborted saga keeps a reservation (7.3 params, 8.4 break).

// ---- PSrc/Orchestrator.p
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

// ---- PSrc/Participant.p
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

// ---- PSrc/Types.p
// A travel-booking saga: reserve a flight, a hotel and a car; if any step
// fails, cancel the steps already reserved, most recent first.
enum tStep { FLIGHT = 10, HOTEL = 20, CAR = 30 }

type tSagaId = int;
type tReserveReq = (orchestrator: machine, sagaId: tSagaId);
type tReserveResp = (sagaId: tSagaId, step: tStep, ok: bool);
type tCancelReq = (orchestrator: machine, sagaId: tSagaId);
type tSagaConfig = (participants: map[tStep, IParticipant], sagaId: tSagaId);

event eReserve: tReserveReq;
event eReserveResp: tReserveResp;
event eCancel: tCancelReq;
event eCancelAck: (sagaId: tSagaId, step: tStep);

// observations for the specs
event eReserved: (sagaId: tSagaId, step: tStep);
event eReleased: (sagaId: tSagaId, step: tStep);
event eSagaOutcome: (sagaId: tSagaId, committed: bool);
event eSagaStarted: tSagaId;

// internal to the orchestrator
event eStepFailed: tStep;

eventset esParticipantInbox = { eReserve, eCancel };
interface IParticipant(tStep) receives eReserve, eCancel;

param compensateAll: bool;

// ---- PSpec/Atomicity.p
// When a saga ends, it holds either every reservation (committed) or none.
spec SagaAtomicity observes eReserved, eReleased, eSagaOutcome {
  var held: map[tSagaId, set[tStep]];

  start state Watching {
    on eReserved do (r: (sagaId: tSagaId, step: tStep)) {
      if (!(r.sagaId in held)) {
        held[r.sagaId] = default(set[tStep]);
      }
      assert !(r.step in held[r.sagaId]), format("saga {0} reserved {1} twice", r.sagaId, r.step);
      held[r.sagaId] += (r.step);
    }
    on eReleased do (r: (sagaId: tSagaId, step: tStep)) {
      assert r.sagaId in held && r.step in held[r.sagaId], "released a reservation that is not held";
      held[r.sagaId] -= r.step;
    }
    on eSagaOutcome do (o: (sagaId: tSagaId, committed: bool)) {
      var n: int;
      if (o.sagaId in held) {
        n = sizeof(held[o.sagaId]);
      }
      if (o.committed) {
        assert n == 3, format("saga {0} committed holding {1} reservations", o.sagaId, n);
      } else {
        assert n == 0, format("saga {0} aborted but still holds {1}", o.sagaId, n);
      }
    }
  }
}

// Every saga that starts eventually ends.
spec SagaTerminates observes eSagaStarted, eSagaOutcome {
  var running: set[tSagaId];

  start cold state Quiet {
    on eSagaStarted goto Running with (id: tSagaId) { running += (id); }
    ignore eSagaOutcome;
  }

  hot state Running {
    on eSagaStarted do (id: tSagaId) { running += (id); }
    on eSagaOutcome do (o: (sagaId: tSagaId, committed: bool)) {
      running -= o.sagaId;
      if (sizeof(running) == 0) {
        goto Quiet;
      }
    }
  }
}

// Coverage: some saga was compensated after reserving at least one step.
scenario SomeCompensation observes eReleased {
  start state NotYet {
    on eReleased goto Seen;
  }
  cold state Seen {
    ignore eReleased;
  }
}

// ---- PTst/Tests.p
machine SagaTestDriver {
  start state Init {
    entry {
      var parts: map[tStep, IParticipant];
      var s: int;
      parts[FLIGHT] = new IParticipant(FLIGHT);
      parts[HOTEL] = new IParticipant(HOTEL);
      parts[CAR] = new IParticipant(CAR);
      while (s < 2) {
        announce eSagaStarted, s + 1;
        new SagaOrchestrator((participants = parts, sagaId = s + 1));
        s = s + 1;
      }
    }
  }
}

module Participants = { Participant -> IParticipant };
module Saga = union Participants, { SagaOrchestrator };

test tcSaga [main = SagaTestDriver]:
  assert SagaAtomicity, SagaTerminates in (union Saga, { SagaTestDriver });

test param (compensateAll in [true, false]) tcSagaCompensation [main = SagaTestDriver]:
  assert SagaAtomicity in (union Saga, { SagaTestDriver });
