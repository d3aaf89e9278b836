// bug: runtime-error
// The outer key exists but the inner map lacks the key, which is a runtime error (8.3 Indexing).
machine Main {
  start state Route {
    entry {
      var routes: map[string, map[string, int]];
      var hops: int;
      routes["eu"] = default(map[string, int]);
      routes["eu"]["paris"] = 2;
      routes["eu"]["rome"] = 3;
      hops = routes["eu"]["oslo"];
    }
  }
}
