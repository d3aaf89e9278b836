// `as` succeeds on values that inhabit the target type (a seq[any] of ints as seq[int], named tuples, machines, events, floats); collections of collections as map keys and set elements compare by value (8.3, 8.2).
event eA; event eB: int;
machine Main {
  start state S {
    entry {
      var a: any; var s: seq[int]; var ms: map[seq[int], int]; var st: set[(int, string)];
      var mset: map[set[int], bool]; var k: set[int]; var m: machine; var d: data;
      var sa: seq[any]; var n: (x: int, y: int);
      a = 3; assert (a as int) + 1 == 4, "as int";
      s += (0, 1);
      a = s; s = a as seq[int]; assert s[0] == 1, "as seq";
      sa += (0, 5); a = sa; s = a as seq[int]; assert s[0] == 5, "seq any as seq int";
      ms[s] = 1; s[0] = 6; ms[s] = 2; assert sizeof(ms) == 2 && ms[s] == 2, "seq keys";
      st += ((1, "a")); st += ((1, "a")); st += ((2, "a")); assert sizeof(st) == 2, "tuple set";
      k += (2); k += (1); mset[k] = true;
      k = default(set[int]); k += (1); k += (2); assert k in mset, "set key order-insensitive";
      m = this; a = m; assert (a as machine) == this, "as machine";
      n = (x = 1, y = 2); a = n; n = a as (x: int, y: int); assert n.y == 2, "as named";
      d = 3; a = d; assert a as int == 3, "data";
      assert (3.99 to int) == 3 && (-0.5 to int) == 0, "to int";
      a = 2.5; assert (a as float) == 2.5, "as float";
      a = eB; assert (a as event) == eB, "as event";
    }
  }
}
