// A receive inside a foreach inside a function called from a start entry takes the queued items one per iteration, in order (8.6 step 7, 8.4 foreach).
event eItem: int; event eStart;
machine Main {
  start state S {
    entry {
      var c: machine; var i: int;
      c = new C();
      while (i < 5) { send c, eItem, i; i = i + 1; }
    }
  }
}
fun Collect(n: int): seq[int] {
  var out: seq[int]; var k: int; var ks: seq[int];
  ks += (0, 0); ks += (1, 1); ks += (2, 2); ks += (3, 3); ks += (4, 4);
  foreach (k in ks) {
    receive { case eItem: (v: int) { out += (sizeof(out), v); } }
  }
  return out;
}
machine C {
  start state S {
    entry {
      var r: seq[int];
      r = Collect(5);
      assert r[0] == 0 && r[4] == 4 && sizeof(r) == 5, format("{0}", r);
    }
  }
}
