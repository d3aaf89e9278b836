// Nested locations of every shape (tuple field of a map value inside a named tuple, seq element of a map inside a seq, ...) are updated in place, and every copy taken before stays unchanged (8.2 no sharing, 8.4).
type Rec = (name: string, tags: set[string], hist: seq[int], kv: map[string, (int, seq[string])]);
machine Main {
  var f: map[int, Rec];
  var g: seq[(a: int, b: map[int, seq[int]])];
  start state S {
    entry {
      var r: Rec; var l: seq[Rec]; var t: (int, (int, seq[int])); var c: Rec;
      r.name = "x";
      r.tags += ("t1");
      r.hist += (0, 5);
      r.hist[0] = r.hist[0] + 1;
      r.kv["a"] = (1, default(seq[string]));
      r.kv["a"].1 += (0, "s");
      r.kv["a"].0 = 9;
      r.kv["a"].1[0] = "u";
      assert r.kv["a"] == (9, r.kv["a"].1) && r.kv["a"].1[0] == "u", format("{0}", r);
      f[1] = r;
      c = f[1];
      f[1].hist += (1, 7);
      f[1].kv["a"].1 += (1, "v");
      assert sizeof(c.hist) == 1 && sizeof(f[1].hist) == 2, "copy";
      assert sizeof(r.kv["a"].1) == 1 && sizeof(f[1].kv["a"].1) == 2, "copy2";
      f[1].tags -= ("t1");
      assert sizeof(f[1].tags) == 0 && sizeof(r.tags) == 1, "tags";
      l += (0, r); l += (1, r);
      l[1].name = "y";
      l[0].hist -= 0;
      assert l[0].name == "x" && l[1].name == "y" && sizeof(l[0].hist) == 0 && sizeof(l[1].hist) == 1, format("{0}", l);
      g += (0, (a = 1, b = default(map[int, seq[int]])));
      g[0].b[3] = default(seq[int]);
      g[0].b[3] += (0, 4);
      g[0].b[3] += (1, 5);
      g[0].b[3] -= 0;
      assert g[0].b[3][0] == 5 && sizeof(g[0].b[3]) == 1, format("{0}", g);
      t.1.1 += (0, 2);
      t.1.0 = 3;
      assert t == (0, (3, t.1.1)) && t.1.1[0] == 2, format("{0}", t);
      Mut(r);
      assert r.name == "x", "param copy";
      f[2] = f[1];
      f[2].name = "z";
      assert f[1].name == "x", "map value copy";
      f[1].kv -= "a";
      assert !("a" in f[1].kv) && "a" in f[2].kv, "kv remove";
    }
  }
  fun Mut(q: Rec) { q.name = "changed"; q.hist += (0, 1); }
}
