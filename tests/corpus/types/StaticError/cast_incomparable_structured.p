// `as` between tuples of different length, a machine reference and int, seq and set (reference 6.1).
machine Node {
  start state S { }
}
machine Caster {
  var t: (int, int, int);
  var i: int;
  var n: Node;
  var q: seq[int];
  var s: set[int];
  start state S {
    entry {
      t = (1, 2) as (int, int, int); // error: P0311
      i = n as int; // error: P0311
      s = q as set[int]; // error: P0311
    }
  }
}
