// Starts a lock server, a storage service and `n` clients.
fun StartLockService(n: int, fencing: bool, serveWaitersOnExpiry: bool, rounds: int) {
  var server: LockServer;
  var storage: Storage;
  var i: int;
  server = new LockServer((serveWaitersOnExpiry = serveWaitersOnExpiry,));
  storage = new Storage(fencing);
  while (i < n) {
    new LockClient((id = i, server = server, storage = storage, rounds = rounds, incrementsPerRound = 2));
    i = i + 1;
  }
}

machine SingleClientDriver {
  start state Init {
    entry { StartLockService(1, true, true, 2); }
  }
}

param nClients: int;

machine ContentionDriver {
  start state Init {
    entry { StartLockService(nClients, true, true, 2); }
  }
}

machine NoFencingDriver {
  start state Init {
    entry { StartLockService(2, false, true, 2); }
  }
}

machine ForgottenWaitersDriver {
  start state Init {
    entry { StartLockService(2, true, false, 1); }
  }
}
