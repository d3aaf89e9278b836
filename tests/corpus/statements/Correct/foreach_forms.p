// `foreach` over seq and set, over keys/values of a map, with field, local and parameter loop variables (reference 6.2).
type tId = int;
fun Sum(xs: seq[int], x: int): int {
  var total: int;
  foreach (x in xs) { total = total + x; }
  return total;
}
machine Walker {
  var names: set[string];
  var name: string;
  var ages: map[string, tId];
  start state S {
    entry {
      var id: tId;
      var k: string;
      var n: int;
      names += ("a");
      foreach (name in names) { print name; }
      ages["a"] = 3;
      foreach (k in keys(ages)) { assert k in ages; }
      foreach (id in values(ages)) { n = n + id; }
      foreach (n in values(ages)) { }
      n = Sum(values(ages), 0);
    }
  }
}
