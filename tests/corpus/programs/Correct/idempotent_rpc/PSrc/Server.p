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
