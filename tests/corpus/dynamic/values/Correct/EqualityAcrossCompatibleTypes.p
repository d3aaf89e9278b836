// == between different but compatible static types: seq[any] vs seq[int], map[int, any] vs map[int, int], values through any and data, named vs unnamed tuples, int vs float vs bool vs string, null in sets, defaults (8.2 Equality, 5.3).
type P = (x: int, y: int);
event eA;
machine Main {
  start state S {
    entry {
      var a: any; var b: any; var sa: seq[any]; var si: seq[int]; var p: P; var t: (int, int);
      var ms: map[any, int]; var st: set[any]; var d: data; var mi: map[int,int]; var ma: map[int, any];
      a = 1; assert a == 1, "any int";
      a = 1.0; assert a != 1, "any float vs int";
      si += (0, 1); si += (1, 2);
      sa += (0, 1); sa += (1, 2);
      assert sa == si, "seq any == seq int";
      a = si; b = sa; assert a == b, "through any";
      p = (x = 1, y = 2);
      a = p; assert a == p, "nt via any";
      t = (1, 2);
      a = t; b = p; assert a != b, "named vs unnamed";
      assert 1 in sa, "in seq any";
      ms[1] = 5; ms["1"] = 6; assert sizeof(ms) == 2, "string vs int keys";
      ms[eA] = 7; assert ms[eA] == 7, "event key";
      st += (this); st += (this); assert sizeof(st) == 1, "machine in set";
      st += (null); assert null in st, "null in set";
      st += (si); assert sa in st, "seq any in set";
      d = si; assert d == si, "data";
      mi[1] = 2; ma[1] = 2; assert mi == ma, "map int any";
      a = mi; assert a == ma, "map through any";
      a = default(seq[int]); assert a == default(seq[string]), "empty seqs equal";
      a = false; assert a != 0, "bool vs int";
      a = "x"; assert a != eA, "string vs event";
      a = eA; assert a == eA, "event eq";
      assert default(any) == null, "default any";
      assert default(machine) == null && default(event) == null && default(data) == null, "defaults";
      assert default(float) == 0.0 && default(string) == "", "defaults 2";
      assert default(set[int]) == default(set[int]), "set default";
      assert default((int, seq[int])).1 == default(seq[int]), "tuple default";
      assert default(map[int, P])== default(map[int,P]), "map default";
    }
  }
}
