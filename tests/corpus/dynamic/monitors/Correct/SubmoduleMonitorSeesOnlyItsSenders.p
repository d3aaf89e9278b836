// A spec asserted on the { Producer } sub-module only watches senders bound there, not Main (7.1, 7.6).
event eItem: int;

spec PositiveItems observes eItem {
  start state Watch {
    on eItem do (x: int) {
      assert x > 0, format("item {0} from a producer", x);
    }
  }
}

machine Producer {
  start state Run {
    entry (sink: machine) {
      send sink, eItem, 1;
      send sink, eItem, 2;
    }
  }
}

machine Main {
  start state Run {
    entry {
      send this, eItem, -1;
      new Producer(this);
    }
    on eItem do (x: int) { }
  }
}

test tcWatched [main = Main]: union (assert PositiveItems in { Producer }), { Main };
