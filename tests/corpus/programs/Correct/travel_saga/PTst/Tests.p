// A driver creating participants through an interface, one plain and one parameterised test (7.2, 7.3).
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
