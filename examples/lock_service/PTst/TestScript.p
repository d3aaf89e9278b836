module LockService = { LockServer, Timer, Storage, LockClient };

test tcSingleClient [main = SingleClientDriver]:
  assert LeaseMutualExclusion, NoLostIncrements in (union LockService, { SingleClientDriver });

test param (nClients in [2, 3]) tcContention [main = ContentionDriver]:
  assert LeaseMutualExclusion, NoLostIncrements in (union LockService, { ContentionDriver });

test tcNoFencing [main = NoFencingDriver]:
  assert LeaseMutualExclusion, NoLostIncrements in (union LockService, { NoFencingDriver });

test tcForgottenWaiters [main = ForgottenWaitersDriver]:
  assert LeaseMutualExclusion, NoLostIncrements in (union LockService, { ForgottenWaitersDriver });
