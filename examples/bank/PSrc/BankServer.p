// Two implementations of the BankServer interface.

// AtomicBankServer handles one request at a time. While it talks to the database it waits
// in a blocking `receive`, so requests from other clients stay queued in its inbox: each
// read-check-write sequence is atomic.
machine AtomicBankServer
  receives eWithdrawReq, eDepositReq, eReadResp, eUpdateAck;
  sends eWithdrawResp, eDepositResp, eReadQuery, eUpdateQuery;
{
  var db: Database;

  start state Serving {
    entry (database: Database) { db = database; }

    on eWithdrawReq do (req: tBankReq) {
      var balance: int;
      balance = ReadBalance(req.accountId);
      if (CanWithdraw(balance, req.amount)) {
        balance = balance - req.amount;
        WriteBalance(req.accountId, balance);
        ReplyWithdraw(req, WITHDRAW_OK, balance);
      } else {
        ReplyWithdraw(req, WITHDRAW_REJECTED, balance);
      }
    }

    on eDepositReq do (req: tBankReq) {
      var balance: int;
      balance = ReadBalance(req.accountId) + req.amount;
      WriteBalance(req.accountId, balance);
      ReplyDeposit(req, balance);
    }
  }

  fun ReadBalance(accountId: tAccountId): int {
    var balance: int;
    send db, eReadQuery, (replyTo = this, accountId = accountId, tag = 0);
    receive {
      case eReadResp: (resp: tReadResp) { balance = resp.balance; }
    }
    return balance;
  }

  fun WriteBalance(accountId: tAccountId, balance: int) {
    send db, eUpdateQuery, (replyTo = this, accountId = accountId, balance = balance, tag = 0);
    receive {
      case eUpdateAck: (tag: int) { }
    }
  }
}

// PipelinedBankServer is an "optimisation": it never waits for the database. Each request
// is parked in `pending` until its balance arrives, so many clients are served at once.
// The flaw: two requests for the same account can both read the old balance before either
// writes, and the second write silently overwrites the first (a lost update).
machine PipelinedBankServer
  receives eWithdrawReq, eDepositReq, eReadResp, eUpdateAck;
  sends eWithdrawResp, eDepositResp, eReadQuery, eUpdateQuery;
{
  var db: Database;
  var pending: map[int, (req: tBankReq, isWithdraw: bool)];   // tag -> parked request
  var nextTag: int;

  start state Serving {
    entry (database: Database) { db = database; }

    on eWithdrawReq do (req: tBankReq) { StartRead(req, true); }
    on eDepositReq do (req: tBankReq) { StartRead(req, false); }

    on eReadResp do (resp: tReadResp) {
      var op: (req: tBankReq, isWithdraw: bool);
      var balance: int;
      op = pending[resp.tag];
      pending -= resp.tag;
      balance = resp.balance;
      if (!op.isWithdraw) {
        balance = balance + op.req.amount;
        send db, eUpdateQuery, (replyTo = this, accountId = op.req.accountId, balance = balance, tag = resp.tag);
        ReplyDeposit(op.req, balance);
      } else if (CanWithdraw(balance, op.req.amount)) {
        balance = balance - op.req.amount;
        send db, eUpdateQuery, (replyTo = this, accountId = op.req.accountId, balance = balance, tag = resp.tag);
        ReplyWithdraw(op.req, WITHDRAW_OK, balance);
      } else {
        ReplyWithdraw(op.req, WITHDRAW_REJECTED, balance);
      }
    }

    // Writes are fire-and-forget: the database applies them in order anyway.
    ignore eUpdateAck;
  }

  fun StartRead(req: tBankReq, isWithdraw: bool) {
    nextTag = nextTag + 1;
    pending += (nextTag, (req = req, isWithdraw = isWithdraw));
    send db, eReadQuery, (replyTo = this, accountId = req.accountId, tag = nextTag);
  }
}
