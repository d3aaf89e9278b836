// Sets and maps print sorted by their elements' string forms (ordinal), whatever the insertion order; seqs keep their order (8.2 String form).
machine Main {
  start state Run {
    entry {
      var s: set[int];
      var m: map[string, bool];
      var q: seq[string];
      s += (9); s += (10); s += (-1);
      m["b"] = true; m["B"] = false; m["a"] = true;
      q += (0, "z"); q += (1, "a");
      assert format("{0}", s) == "(<-1>, <10>, <9>)", format("{0}", s);
      assert format("{0}", m) == "(<B->False>, <a->True>, <b->True>)", format("{0}", m);
      assert format("{0}", q) == "(z, a)", format("{0}", q);
      assert format("{0}", keys(m)) == "(b, B, a)", format("keys follow insertion order: {0}", keys(m));
    }
  }
}
