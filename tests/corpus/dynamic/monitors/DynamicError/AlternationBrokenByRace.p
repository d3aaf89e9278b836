// bug: assertion
// A spec expects producers to alternate, but their sends interleave arbitrarily (8.8, 8.10).
event eItem: int;

spec Alternating observes eItem {
  var last: int;
  start state Watch {
    on eItem do (who: int) {
      assert who != last, format("producer {0} sent twice in a row", who);
      last = who;
    }
  }
}

machine Producer {
  start state Run {
    entry (cfg: (sink: machine, id: int)) {
      send cfg.sink, eItem, cfg.id;
      send cfg.sink, eItem, cfg.id;
    }
  }
}

machine Sink {
  start state S {
    ignore eItem;
  }
}

machine Main {
  start state Start {
    entry {
      var s: Sink;
      s = new Sink();
      new Producer((sink = s, id = 1));
      new Producer((sink = s, id = 2));
    }
  }
}

test tcAlternate [main = Main]: assert Alternating in { Main, Producer, Sink };
