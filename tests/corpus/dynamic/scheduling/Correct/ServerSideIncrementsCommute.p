// Increments applied inside the server commute, so the final count is the same in every interleaving (8.10).
event eAdd: int;
event eTotal: machine;
event eSum: int;

machine Counter {
  var value: int;
  start state Serve {
    on eAdd do (x: int) { value = value + x; }
    on eTotal do (c: machine) { send c, eSum, value; }
  }
}

machine Adder {
  start state Run {
    entry (cfg: (counter: machine, amount: int, done: machine)) {
      send cfg.counter, eAdd, cfg.amount;
      send cfg.done, eSum, cfg.amount;
    }
  }
}

machine Main {
  var reported: int;
  var counter: Counter;
  start state Wait {
    entry {
      counter = new Counter();
      new Adder((counter = counter, amount = 3, done = this));
      new Adder((counter = counter, amount = 4, done = this));
    }
    on eSum do (x: int) {
      reported = reported + 1;
      if (reported == 2) {
        goto Check;
      }
    }
  }
  state Check {
    entry {
      send counter, eTotal, this;
      receive {
        case eSum: (total: int) {
          assert total == 7, format("total {0}", total);
        }
      }
    }
  }
}
