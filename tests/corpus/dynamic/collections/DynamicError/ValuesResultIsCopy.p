// bug: assertion
// values(m) is a fresh seq: bumping its elements leaves the map unchanged (8.3 keys/values, 8.2).
machine Main {
  start state Raise {
    entry {
      var salaries: map[string, int];
      var vs: seq[int];
      var i: int;
      salaries["ana"] = 100;
      salaries["bo"] = 200;
      vs = values(salaries);
      while (i < sizeof(vs)) {
        vs[i] = vs[i] + 10;
        i = i + 1;
      }
      assert salaries["ana"] == 110, format("salaries {0} unchanged", salaries);
    }
  }
}
