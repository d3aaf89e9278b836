// The test driver announces the accounts it opens, so the spec knows where money starts.
event eSpec_BankOpened: map[tAccountId, int];

// BankBalanceIsCorrect: replays every answered request in the order the server answered
// it. Safety: no account ever goes negative, a withdrawal is rejected only for lack of
// funds, and every response reports exactly the balance implied by all earlier responses.
spec BankBalanceIsCorrect observes eSpec_BankOpened, eWithdrawReq, eDepositReq,
                                  eWithdrawResp, eDepositResp
{
  var balances: map[tAccountId, int];
  var unanswered: map[int, tBankReq];   // reqId -> request without a response yet

  start state Tracking {
    on eSpec_BankOpened do (accounts: map[tAccountId, int]) {
      var total: int;
      var b: int;
      balances = accounts;
      foreach (b in values(accounts)) {
        total = total + b;
      }
      print format("bank opened: {0} accounts, {1} in total", sizeof(accounts), total);
    }

    on eWithdrawReq, eDepositReq do (req: tBankReq) {
      assert !(req.reqId in unanswered), format("request id {0} is used twice", req.reqId);
      unanswered += (req.reqId, req);
    }

    on eWithdrawResp do (resp: tWithdrawResp) {
      var expected: int;
      expected = Answer(resp.reqId, resp.accountId, resp.amount);
      if (resp.status == WITHDRAW_OK) {
        expected = expected - resp.amount;
        assert expected >= 0,
          format("account {0} overdrawn: withdrawal {1} leaves {2}", resp.accountId, resp.reqId, expected);
      } else {
        assert expected < resp.amount,
          format("withdrawal {0} rejected although account {1} holds {2}", resp.reqId, resp.accountId, expected);
      }
      CheckReported(resp.accountId, resp.balance, expected);
    }

    on eDepositResp do (resp: tDepositResp) {
      var expected: int;
      expected = Answer(resp.reqId, resp.accountId, resp.amount) + resp.amount;
      CheckReported(resp.accountId, resp.balance, expected);
    }
  }

  // Matches a response with its request; returns the account's balance before the operation.
  fun Answer(reqId: int, accountId: tAccountId, amount: int): int {
    assert reqId in unanswered, format("response {0} answers no pending request", reqId);
    assert unanswered[reqId].accountId == accountId && unanswered[reqId].amount == amount,
      format("response {0} does not match its request", reqId);
    unanswered -= reqId;
    return balances[accountId];
  }

  fun CheckReported(accountId: tAccountId, reported: int, expected: int) {
    assert reported == expected,
      format("account {0}: server reports balance {1}, but it must be {2}", accountId, reported, expected);
    balances[accountId] = expected;
  }
}
