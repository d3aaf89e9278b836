// choose is only called after checking the collection is non-empty, so it never fails (8.3 choose).
event ePick: machine;
event eBackend: string;
event eDrain: string;

machine Balancer {
  var pool: set[string];
  start state Serve {
    entry {
      pool += ("a");
      pool += ("b");
    }
    on eDrain do (b: string) { pool -= b; }
    on ePick do (c: machine) {
      if (sizeof(pool) > 0) {
        send c, eBackend, choose(pool);
      } else {
        send c, eBackend, "";
      }
    }
  }
}

machine Main {
  start state Start {
    entry {
      var b: Balancer;
      b = new Balancer();
      send b, eDrain, "a";
      send b, eDrain, "b";
      send b, ePick, this;
    }
    on eBackend do (name: string) { assert name == ""; }
  }
}
