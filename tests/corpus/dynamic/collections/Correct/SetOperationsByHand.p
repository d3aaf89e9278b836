// Union, intersection and difference written with foreach, `in`, `+=` and `-=` on sets (8.3, 8.4).
fun Union(a: set[int], b: set[int]): set[int] {
  var x: int;
  foreach (x in b) { a += (x); }
  return a;
}

fun Intersect(a: set[int], b: set[int]): set[int] {
  var r: set[int];
  var x: int;
  foreach (x in a) {
    if (x in b) { r += (x); }
  }
  return r;
}

machine Main {
  start state Compute {
    entry {
      var a: set[int];
      var b: set[int];
      var d: set[int];
      var x: int;
      a += (1); a += (2); a += (3);
      b += (3); b += (4);
      assert sizeof(Union(a, b)) == 4;
      assert sizeof(Intersect(a, b)) == 1 && 3 in Intersect(a, b);
      d = a;
      foreach (x in b) { d -= x; }
      assert sizeof(d) == 2 && !(3 in d) && sizeof(a) == 3;
    }
  }
}
