// Named modules, interface bindings and tests over the good and the forgetful server (7.1, 7.2).
module GoodServer = { AccountServer -> IAccountServer };
module BadServer = { ForgetfulServer -> IAccountServer };
module ClientSide = { RetryingClient, Timer };

test tcSingleClient [main = SingleClientTest]:
  assert ExactlyOnceApply, AckImpliesApplied, EveryKeyResolved in
  (union GoodServer, ClientSide, { SingleClientTest });

test tcTwoClients [main = TwoClientTest]:
  assert ExactlyOnceApply, AckImpliesApplied, EveryKeyResolved in
  (union GoodServer, ClientSide, { TwoClientTest });

test tcForgetfulServer [main = SingleClientTest]:
  assert ExactlyOnceApply in (union BadServer, ClientSide, { SingleClientTest });
