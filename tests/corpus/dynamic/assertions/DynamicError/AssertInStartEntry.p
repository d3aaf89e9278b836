// bug: assertion
// The start entry of the main machine fails its assert on its first step (8.5 Creation, 8.9).
machine Main {
  var config: map[string, int];
  start state Boot {
    entry {
      config["replicas"] = 2;
      assert config["replicas"] >= 3, "need at least three replicas";
    }
  }
}
