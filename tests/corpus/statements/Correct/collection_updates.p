// `+= (i, v)` on seq and map, `+= (v)` on set, `-=` on each, with subtype elements and keys (reference 6.2).
machine Peer {
  start state S { }
}
machine Book {
  var q: seq[machine];
  var m: map[any, data];
  var s: set[(int, string)];
  var peers: set[machine];
  var p: Peer;
  start state S {
    entry {
      p = new Peer();
      q += (0, p);
      q += (sizeof(q), null);
      q -= 0;
      m += ("k", 1);
      m += (2, "v");
      m["x"] = (1, true);
      m -= "k";
      m -= 99;
      s += ((1, "a"));
      s -= ((1, "a"));
      peers += (p);
      peers += (null);
      peers -= p;
    }
  }
}
