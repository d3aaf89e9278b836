// Functions that reach scheduling points (send + receive) called in every expression position: operands, arguments, map keys and values, seq inserts, loop conditions, tuple literals, foreach sources, print, new/send/goto/raise payloads, return values; && and || short-circuit them (8.3, 8.6).
event eAsk: machine; event eAns: int; event eDone: int; event eGo: int;
machine Main {
  var srv: machine; var calls: int;
  fun Get(): int {
    var r: int;
    send srv, eAsk, this;
    receive { case eAns: (v: int) { calls = calls + 1; r = v; } }
    return r;
  }
  fun GetSeq(): seq[int] {
    var s: seq[int];
    s += (0, Get()); s += (1, Get());
    return s;
  }
  fun Pair(a: int, b: int): int { return a * 10 + b; }
  start state S {
    entry {
      var x: int; var m: map[int, int]; var s: seq[int]; var i: int; var t: (int, int); var w: machine;
      srv = new Server();
      x = Get() + Get();              // 1 + 2
      assert x == 3, format("x {0}", x);
      assert Pair(Get(), Get()) == 34, "pair order";   // 3, 4
      m[Get()] = Get();               // key 5 then value 6? P evaluates... record
      assert sizeof(m) == 1, "map";
      s += (0, Get());                // 7
      assert s[0] == 7, format("s {0}", s);
      i = 0;
      while (Get() < 10) { i = i + 1; }   // 8, 9, 10
      assert i == 2, format("while {0}", i);
      if (false && Get() == 0) { assert false; }
      if (true || Get() == 0) { }
      assert calls == 10, format("calls {0}", calls);
      t = (Get(), Get());             // 11, 12
      assert t.0 == 11 && t.1 == 12, "tuple order";
      foreach (i in GetSeq()) { x = i; }  // 13, 14
      assert x == 14, "foreach";
      print format("{0}", Get());     // 15
      w = new Worker((o = this, v = Get()));          // 16
      send w, eGo, Get();             // 17
      receive { case eDone: (v: int) { assert v == 33, format("worker got {0}", v); } }
      goto T, Get() + 100;            // 18
    }
  }
  state T {
    entry (v: int) { assert v == 118, format("T {0}", v); raise eGo, Get(); }
    on eGo do (v: int) { assert v == 19, format("raised {0}", v); assert Ret() == 21, "ret"; }
  }
  fun Ret(): int { return Get() + 1; }
}
machine Server {
  var n: int;
  start state S { on eAsk do (c: machine) { n = n + 1; send c, eAns, n; } }
}
machine Worker {
  var first: int; var owner: machine;
  start state S {
    entry (a: (o: machine, v: int)) { first = a.v; owner = a.o; }
    on eGo do (v: int) { send owner, eDone, first + v; }
  }
}
