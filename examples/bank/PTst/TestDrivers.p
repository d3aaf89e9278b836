// Test drivers: each opens some accounts and starts clients against them.

// Opens the accounts (telling the spec first) and returns a fresh server.
fun OpenBank(accounts: map[tAccountId, int]): BankServer {
  var db: Database;
  announce eSpec_BankOpened, accounts;
  db = new Database(accounts);
  return new BankServer(db);
}

// One client, one account.
machine SingleClientDriver {
  start state Init {
    entry {
      var accounts: map[tAccountId, int];
      var server: BankServer;
      accounts[1] = 100;
      server = OpenBank(accounts);
      new Client((server = server, accountId = 1, firstReqId = 100, nOps = 4));
    }
  }
}

// Two clients share one account, so their requests race at the server.
machine SharedAccountDriver {
  start state Init {
    entry {
      var accounts: map[tAccountId, int];
      var server: BankServer;
      accounts[1] = 100;
      server = OpenBank(accounts);
      new Client((server = server, accountId = 1, firstReqId = 100, nOps = 3));
      new Client((server = server, accountId = 1, firstReqId = 200, nOps = 3));
    }
  }
}

// `nClients` clients, each with an account of its own.
param nClients: int;

machine ManyClientsDriver {
  start state Init {
    entry {
      var accounts: map[tAccountId, int];
      var server: BankServer;
      var id: tAccountId;
      var i: int;
      while (i < nClients) {
        accounts += (i + 1, 20 * (i + 1));
        i = i + 1;
      }
      server = OpenBank(accounts);
      foreach (id in keys(accounts)) {
        new Client((server = server, accountId = id, firstReqId = 100 * id, nOps = 2));
      }
    }
  }
}
