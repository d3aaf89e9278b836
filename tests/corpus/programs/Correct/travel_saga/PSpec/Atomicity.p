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
