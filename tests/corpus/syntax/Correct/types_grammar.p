// Type grammar: nested collections, named tuples, tuple types, alias names, `data` and `any` (reference 2.2).
type tEntry = (key: string, versions: seq[int]);
type tIndex = map[string, set[int]];
machine Catalog {
  var e: tEntry;
  var idx: tIndex;
  var pairs: seq[(int, (bool, string))];
  var blob: data;
  var anything: any;
  var grid: map[int, map[int, float]];
  start state S {
    entry {
      e = (key = "k", versions = default(seq[int]));
      idx["k"] = default(set[int]);
      pairs += (0, (1, (true, "x")));
      blob = pairs;
      anything = idx;
      grid[0] = default(map[int, float]);
      grid[0][1] = 0.5;
    }
  }
}
