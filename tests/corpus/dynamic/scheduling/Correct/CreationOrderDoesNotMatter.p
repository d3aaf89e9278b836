// Workers created in a loop start in any order, but the collector only checks the set of ids, which is always complete (8.5, 8.10).
event eHello: int;

machine Collector {
  var ids: set[int];
  start state Collect {
    on eHello do (id: int) {
      ids += (id);
      if (sizeof(ids) == 4) {
        assert 0 in ids && 3 in ids;
      }
    }
  }
}

machine Worker {
  start state Boot {
    entry (cfg: (id: int, collector: machine)) {
      send cfg.collector, eHello, cfg.id;
    }
  }
}

machine Main {
  start state Start {
    entry {
      var c: Collector;
      var i: int;
      c = new Collector();
      while (i < 4) {
        new Worker((id = i, collector = c));
        i = i + 1;
      }
    }
  }
}
