// `s += ((a, b));` adds a tuple to a set; `m += (k, v);` inserts into a map; `s -= (x);` equals `s -= x;` (reference 2.4).
machine Edges {
  var edges: set[(int, int)];
  var weights: map[int, int];
  var order: seq[string];
  start state S {
    entry {
      edges += ((1, 2));
      edges += ((2, 3));
      edges -= ((1, 2));
      edges -= (2, 3);
      weights += (1, 10);
      weights -= (1);
      weights += (2, 20);
      weights -= 2;
      order += (0, "first");
      order += (1, "second");
      order -= (0);
      assert sizeof(edges) == 0 && sizeof(weights) == 0 && sizeof(order) == 1;
    }
  }
}
