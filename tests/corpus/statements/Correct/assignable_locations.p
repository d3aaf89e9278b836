// Assignable locations: local, parameter, field, tuple and named-tuple fields, seq and map elements, nested (reference 6.2).
type tRec = (name: string, scores: seq[int]);
fun Bump(x: int): int {
  x = x + 1;
  return x;
}
machine Store {
  var rec: tRec;
  var recs: map[string, tRec];
  var pairs: seq[(int, bool)];
  var grid: seq[seq[int]];
  start state S {
    entry {
      var local: int;
      local = Bump(1);
      rec.name = "a";
      rec.scores += (0, 10);
      rec.scores[0] = 11;
      recs["a"] = rec;
      recs["a"].name = "b";
      recs["a"].scores[0] = 12;
      pairs += (0, (1, false));
      pairs[0].1 = true;
      pairs[0] = (2, true);
      grid += (0, default(seq[int]));
      grid[0] += (0, 5);
      grid[0][0] = 6;
    }
  }
}
