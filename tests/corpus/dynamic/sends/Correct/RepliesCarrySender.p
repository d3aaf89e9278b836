// A server replies to the machine named in each request; every client gets its own answer (8.7).
type tReq = (client: machine, amount: int);
event eReq: tReq;
event eResp: int;

machine Bank {
  start state Serve {
    on eReq do (r: tReq) {
      send r.client, eResp, r.amount * 2;
    }
  }
}

machine Client {
  var amount: int;
  start state Ask {
    entry (cfg: (bank: Bank, amount: int)) {
      amount = cfg.amount;
      send cfg.bank, eReq, (client = this, amount = amount);
    }
    on eResp do (doubled: int) {
      assert doubled == 2 * amount, format("got {0} for {1}", doubled, amount);
    }
  }
}

machine Main {
  start state Start {
    entry {
      var b: Bank;
      b = new Bank();
      new Client((bank = b, amount = 5));
      new Client((bank = b, amount = 8));
    }
  }
}
