// A bank customer: performs `nOps` random deposits or withdrawals on one account, one at a
// time (it waits for each response), then leaves the system.
type tClientConfig = (server: BankServer, accountId: tAccountId, firstReqId: int, nOps: int);

machine Client
  receives eWithdrawResp, eDepositResp;
  sends eWithdrawReq, eDepositReq;
{
  var server: BankServer;
  var accountId: tAccountId;
  var reqId: int;

  start state Banking {
    entry (cfg: tClientConfig) {
      var done: int;
      server = cfg.server;
      accountId = cfg.accountId;
      reqId = cfg.firstReqId;
      while (done < cfg.nOps) {
        DoOneOperation();
        done = done + 1;
      }
      raise halt;   // nobody handles `halt`, so the client halts
    }
  }

  fun DoOneOperation() {
    var amount: int;
    amount = 10 * (choose(6) + 1);   // 10, 20, ..., 60
    reqId = reqId + 1;
    if ($) {
      send server, eWithdrawReq, (client = this, accountId = accountId, amount = amount, reqId = reqId);
    } else {
      send server, eDepositReq, (client = this, accountId = accountId, amount = amount, reqId = reqId);
    }
    // Wait for whichever response comes back; anything else stays in the inbox.
    receive {
      case eWithdrawResp: (resp: tWithdrawResp) {
        assert resp.reqId == reqId, format("expected response {0}, got {1}", reqId, resp.reqId);
        if (resp.status == WITHDRAW_OK) {
          print format("account {0}: withdrew {1}, balance {2}", accountId, resp.amount, resp.balance);
        } else {
          print format("account {0}: withdrawal of {1} rejected", accountId, resp.amount);
        }
      }
      case eDepositResp: (resp: tDepositResp) {
        assert resp.reqId == reqId, format("expected response {0}, got {1}", reqId, resp.reqId);
        print format("account {0}: deposited {1}, balance {2}", accountId, resp.amount, resp.balance);
      }
    }
  }
}
