// A customer's whole session runs in its start entry: coins sent with two-argument payloads, receive for the receipt (8.4, 8.6).
machine Customer {
  var vm: VendingMachine;
  var wallet: seq[tCoin];

  start state Arrive {
    entry (cfg: (vm: VendingMachine, coins: seq[tCoin], want: string)) {
      var c: tCoin;
      var receipt: tReceipt;
      var spent: int;
      vm = cfg.vm;
      wallet = cfg.coins;
      send vm, eBeginSession, this;
      receive { case eSessionOpen: { } }
      foreach (c in wallet) {
        send vm, eInsertCoin, this, c;
      }
      if ($) {
        send vm, eSelect, (customer = this, item = cfg.want);
      } else {
        send vm, eCancelSession, this;
      }
      receive {
        case eVended: (r: tReceipt) { receipt = r; }
      }
      spent = Total(wallet) - Total(receipt.change);
      assert receipt.paid == Total(wallet), "the machine lost a coin";
      if (receipt.result == VEND_OK) {
        assert spent == 75 || spent == 40, format("paid {0} for {1}", spent, receipt.item);
      } else {
        assert spent == 0, format("charged {0} for a failed purchase ({1})", spent, receipt.result);
      }
      print format("{0}: {1} for {2}, change {3}", this, receipt.result, receipt.item, receipt.change);
    }
  }
}
