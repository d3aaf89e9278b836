// The account store: answers reads and applies writes in the order they arrive.
machine InMemoryDatabase
  receives eReadQuery, eUpdateQuery;
  sends eReadResp, eUpdateAck;
{
  var balances: map[tAccountId, int];

  start state Ready {
    entry (initial: map[tAccountId, int]) { balances = initial; }

    on eReadQuery do (q: tReadQuery) {
      assert q.accountId in balances, format("read of unknown account {0}", q.accountId);
      send q.replyTo, eReadResp, (accountId = q.accountId, balance = balances[q.accountId], tag = q.tag);
    }

    on eUpdateQuery do (q: tUpdateQuery) {
      balances[q.accountId] = q.balance;
      send q.replyTo, eUpdateAck, q.tag;
    }
  }
}
