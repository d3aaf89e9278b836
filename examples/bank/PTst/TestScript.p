// The system under test, in two variants that differ only in which machine implements the
// BankServer interface.
module Bank = { AtomicBankServer -> BankServer, InMemoryDatabase -> Database, Client };
module PipelinedBank = { PipelinedBankServer -> BankServer, InMemoryDatabase -> Database, Client };

test tcSingleClient [main = SingleClientDriver]:
  assert BankBalanceIsCorrect in (union Bank, { SingleClientDriver });

test tcSharedAccount [main = SharedAccountDriver]:
  assert BankBalanceIsCorrect in (union Bank, { SharedAccountDriver });

test param (nClients in [2, 3]) tcManyClients [main = ManyClientsDriver]:
  assert BankBalanceIsCorrect in (union Bank, { ManyClientsDriver });

// Same workload as tcSharedAccount, against the pipelined server: finds the lost update.
test tcPipelinedLostUpdate [main = SharedAccountDriver]:
  assert BankBalanceIsCorrect in (union PipelinedBank, { SharedAccountDriver });
