// choose(sizeof(s)) is always a valid index, and choose(seq/set/map) always returns a member (8.3 choose).
machine Main {
  start state Sample {
    entry {
      var names: seq[string];
      var ids: set[int];
      var ages: map[string, int];
      var i: int;
      var n: string;
      names += (0, "ana");
      names += (1, "bo");
      names += (2, "cy");
      ids += (4);
      ids += (8);
      ages["ana"] = 30;
      ages["bo"] = 41;
      while (i < 5) {
        n = names[choose(sizeof(names))];
        assert n in names;
        assert choose(ids) in ids;
        assert choose(ages) in ages;
        assert choose(names) in names;
        i = i + 1;
      }
    }
  }
}
