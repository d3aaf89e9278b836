// Two racing writers update disjoint keys of a store; the final assert holds in every interleaving (8.10).
event ePut: (key: string, v: int);
event eCheck;

machine Store {
  var kv: map[string, int];
  var puts: int;
  start state Serve {
    on ePut do (p: (key: string, v: int)) {
      kv[p.key] = p.v;
      puts = puts + 1;
      if (puts == 4) {
        assert kv["a"] == 2 && kv["b"] == 20, format("store {0}", kv);
      }
    }
  }
}

machine Writer {
  start state Run {
    entry (cfg: (store: machine, key: string, scale: int)) {
      send cfg.store, ePut, (key = cfg.key, v = cfg.scale);
      send cfg.store, ePut, (key = cfg.key, v = 2 * cfg.scale);
    }
  }
}

machine Main {
  start state Start {
    entry {
      var s: Store;
      s = new Store();
      new Writer((store = s, key = "a", scale = 1));
      new Writer((store = s, key = "b", scale = 10));
    }
  }
}
