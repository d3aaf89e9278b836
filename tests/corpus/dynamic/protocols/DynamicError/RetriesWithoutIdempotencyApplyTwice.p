// bug: assertion; test: tcForgetfulServer
// The same retrying clients against a server bound in place of the interface that forgets completed keys: a retry after a lost reply is applied again (7.1 bindings, 8.7).

// ---- PSrc/Client.p
// A client sends its deposits one at a time. Each attempt may be lost; the
// client retries on timeout, with the same key, at most maxAttempts times.
machine RetryingClient
  receives eDepositResp, eTimeOut;
  sends eDeposit, eStartTimer, eCancelTimer, eClientOutcome;
{
  var server: IAccountServer;
  var timer: Timer;
  var pending: seq[tDepositReq];
  var current: tDepositReq;
  var attempts: int;
  var maxAttempts: int;

  start state Init {
    entry (cfg: tClientConfig) {
      var i: int;
      server = cfg.server;
      maxAttempts = cfg.maxAttempts;
      timer = CreateTimer(this);
      while (i < cfg.count) {
        pending += (sizeof(pending), (client = this, key = cfg.firstKey + i,
                                      account = format("acct{0}", i % 2), amount = i + 1));
        i = i + 1;
      }
      goto NextRequest;
    }
  }

  state NextRequest {
    entry {
      if (sizeof(pending) == 0) {
        goto Done;
      }
      current = pending[0];
      pending -= 0;
      attempts = 0;
      goto Sending;
    }
  }

  state Sending {
    entry {
      attempts = attempts + 1;
      if ($) {
        send server, eDeposit, current;
      }
      StartTimer(timer);
    }

    on eDepositResp do (resp: tDepositResp) {
      if (resp.key != current.key) {
        return; // a late answer to an earlier key
      }
      CancelTimer(timer);
      announce eClientOutcome, (key = current.key, acknowledged = resp.status != RPC_REJECTED);
      goto NextRequest;
    }

    on eTimeOut do {
      if (attempts < maxAttempts) {
        goto Sending;
      }
      print format("client gives up on key {0} after {1} attempts", current.key, attempts);
      announce eClientOutcome, (key = current.key, acknowledged = false);
      goto NextRequest;
    }
  }

  state Done {
    ignore eDepositResp, eTimeOut;
  }
}

// ---- PSrc/Server.p
// The account server remembers the answer of every key it has seen, so a
// retried request is answered from the table instead of being applied twice.
machine AccountServer receives eDeposit; sends eDepositResp, eApplied; {
  var balances: map[string, int];
  var completed: map[tIdemKey, tDepositResp];

  start state Serving {
    on eDeposit do (req: tDepositReq) {
      var resp: tDepositResp;
      if (req.key in completed) {
        resp = completed[req.key];
        resp.status = RPC_DUPLICATE;
      } else {
        resp = Apply(req);
        completed[req.key] = resp;
      }
      Reply(req.client, resp);
    }
  }

  fun Apply(req: tDepositReq): tDepositResp {
    if (!(req.account in keys(balances))) {
      balances += (req.account, 0);
    }
    if (req.amount <= 0) {
      return (key = req.key, status = RPC_REJECTED, balance = balances[req.account]);
    }
    balances[req.account] = balances[req.account] + req.amount;
    announce eApplied, (key = req.key, account = req.account, amount = req.amount);
    return (key = req.key, status = RPC_OK, balance = balances[req.account]);
  }

  fun Reply(client: machine, resp: tDepositResp) {
    // the network may lose the reply
    if ($) {
      send client, eDepositResp, resp;
    }
  }
}

// The same server without the table of completed keys: every retry is applied.
machine ForgetfulServer receives eDeposit; sends eDepositResp, eApplied; {
  var balances: map[string, int];

  start state Serving {
    on eDeposit do (req: tDepositReq) {
      if (!(req.account in balances)) {
        balances[req.account] = 0;
      }
      balances[req.account] = balances[req.account] + req.amount;
      announce eApplied, (key = req.key, account = req.account, amount = req.amount);
      if ($) {
        send req.client, eDepositResp, (key = req.key, status = RPC_OK, balance = balances[req.account]);
      }
    }
  }
}

// ---- PSrc/Timer.p
/*****************************************************************
 * A single-shot timer owned by one client machine.
 * StartTimer arms it and CancelTimer disarms it. A timeout that was
 * already sent cannot be recalled: owners must cope with an eTimeOut
 * that arrives after they cancelled the timer.
 *****************************************************************/
event eStartTimer;
event eCancelTimer;
event eTimeOut;
event eDelayedTimeOut;

machine Timer
  receives eStartTimer, eCancelTimer, eDelayedTimeOut;
  sends eTimeOut, eDelayedTimeOut;
{
  var client: machine;

  start state Init {
    entry (owner: machine) {
      client = owner;
      goto Idle;
    }
  }

  state Idle {
    ignore eCancelTimer, eDelayedTimeOut;
    on eStartTimer goto Armed;
  }

  state Armed {
    defer eStartTimer;
    entry {
      if ($) {
        send client, eTimeOut;
        goto Idle;
      }
      send this, eDelayedTimeOut;
    }
    on eDelayedTimeOut goto Armed;
    on eCancelTimer goto Idle;
  }
}

fun CreateTimer(owner: machine): Timer {
  return new Timer(owner);
}

fun StartTimer(timer: Timer) {
  send timer, eStartTimer;
}

fun CancelTimer(timer: Timer) {
  send timer, eCancelTimer;
}

// ---- PSrc/Types.p
// Bounded-retry deposits over a lossy network, made safe by idempotency keys.
type tIdemKey = int;
enum tRpcStatus { RPC_OK = 1, RPC_DUPLICATE = 2, RPC_REJECTED = 4 }
type tDepositReq = (client: machine, key: tIdemKey, account: string, amount: int);
type tDepositResp = (key: tIdemKey, status: tRpcStatus, balance: int);
type tClientConfig = (server: IAccountServer, firstKey: int, count: int, maxAttempts: int);

event eDeposit: tDepositReq;
event eDepositResp: tDepositResp;
// announced by the server each time it changes a balance
event eApplied: (key: tIdemKey, account: string, amount: int);
// announced by a client when it gives up on, or gets an answer for, a key
event eClientOutcome: (key: tIdemKey, acknowledged: bool);

interface IAccountServer() receives eDeposit;

// ---- PSpec/Specs.p
// No key is ever applied twice.
spec ExactlyOnceApply observes eApplied {
  var applied: set[tIdemKey];

  start state Watching {
    on eApplied do (a: (key: tIdemKey, account: string, amount: int)) {
      assert !(a.key in applied), format("key {0} applied twice (account {1})", a.key, a.account);
      applied += (a.key);
    }
  }
}

// A client that reports success only does so for an applied key.
spec AckImpliesApplied observes eApplied, eClientOutcome {
  var applied: set[tIdemKey];

  start state Watching {
    on eApplied do (a: (key: tIdemKey, account: string, amount: int)) {
      applied += (a.key);
    }
    on eClientOutcome do (o: (key: tIdemKey, acknowledged: bool)) {
      if (o.acknowledged) {
        assert o.key in applied, format("key {0} acknowledged but never applied", o.key);
      }
    }
  }
}

// Every key gets an outcome: hot while some key of a started client is open.
spec EveryKeyResolved observes eClientOutcome, eClientStarted {
  var open: map[machine, int];

  start cold state AllResolved {
    on eClientStarted do (c: (client: machine, count: int)) {
      open[c.client] = c.count;
      if (c.count > 0) {
        goto Unresolved;
      }
    }
    ignore eClientOutcome;
  }

  hot state Unresolved {
    on eClientStarted do (c: (client: machine, count: int)) {
      open[c.client] = c.count;
    }
    on eClientOutcome do {
      var total: int;
      var n: int;
      foreach (n in values(open)) {
        total = total + n;
      }
      // one outcome was reported: take it off any client with open keys
      foreach (n in values(open)) {
        assert n >= 0, "negative count";
      }
      DecrementAny();
      if (total - 1 == 0) {
        goto AllResolved;
      }
    }
  }

  fun DecrementAny() {
    var c: machine;
    foreach (c in keys(open)) {
      if (open[c] > 0) {
        open[c] = open[c] - 1;
        return;
      }
    }
  }
}

// ---- PTst/TestDriver.p
event eClientStarted: (client: machine, count: int);

fun StartClient(server: IAccountServer, firstKey: int, count: int) {
  var c: RetryingClient;
  c = new RetryingClient((server = server, firstKey = firstKey, count = count, maxAttempts = 3));
  announce eClientStarted, (client = c, count = count);
}

machine SingleClientTest {
  start state Init {
    entry {
      StartClient(new IAccountServer(), 100, 3);
    }
  }
}

machine TwoClientTest {
  start state Init {
    entry {
      var server: IAccountServer;
      server = new IAccountServer();
      StartClient(server, 100, 2);
      StartClient(server, 200, 2);
    }
  }
}

// ---- PTst/TestScript.p
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
