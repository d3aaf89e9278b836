module TwoPC = { Coordinator, Timer, Client, TwoPCParticipant -> Participant };
module ImpatientTwoPC = { Coordinator, Timer, Client, ImpatientParticipant -> Participant };

test tcHappyPath [main = HappyPathDriver]:
  assert Atomicity, EveryTransactionAnswered in (union TwoPC, { HappyPathDriver });

test tcFailures [main = FailureDriver]:
  assert Atomicity, EveryTransactionAnswered in (union TwoPC, { FailureDriver });

test param (nParticipants in [2, 3, 4]) tcScaled [main = ScaledDriver]:
  assert Atomicity, EveryTransactionAnswered in (union TwoPC, { ScaledDriver });

// Same workload as tcHappyPath, with participants that abort on their own after a timeout.
test tcImpatientParticipant [main = HappyPathDriver]:
  assert Atomicity, EveryTransactionAnswered in (union ImpatientTwoPC, { HappyPathDriver });
