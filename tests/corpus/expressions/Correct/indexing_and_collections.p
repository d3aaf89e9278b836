// Indexing seq by int, map by key, set by int; keys, values, sizeof, default (reference 6.1).
machine Machine1 {
  start state S { }
}
machine Indexer {
  var q: seq[string];
  var st: set[float];
  var mp: map[string, seq[int]];
  var byMachine: map[machine, int];
  var s: string;
  var f: float;
  var n: int;
  var ks: seq[string];
  var vs: seq[seq[int]];
  var m1: Machine1;
  start state S {
    entry {
      q += (0, "zero");
      s = q[0];
      st += (1.5);
      f = st[0];
      mp["a"] = default(seq[int]);
      mp["a"] += (0, 7);
      n = mp["a"][0];
      ks = keys(mp);
      vs = values(mp);
      n = sizeof(q) + sizeof(st) + sizeof(mp);
      m1 = new Machine1();
      byMachine[m1] = 1;
      n = byMachine[m1];
    }
  }
}
