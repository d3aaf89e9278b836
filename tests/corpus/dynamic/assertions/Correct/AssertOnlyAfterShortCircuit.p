// `&&`/`||` short-circuit, so asserts guarded by them never touch a missing map key (8.3).
machine Main {
  start state Check {
    entry {
      var limits: map[string, int];
      var peer: machine;
      limits["cpu"] = 4;
      assert !("mem" in limits) || limits["mem"] > 0;
      assert "cpu" in limits && limits["cpu"] == 4, "cpu limit lost";
      assert peer == null || peer != this;
    }
  }
}
