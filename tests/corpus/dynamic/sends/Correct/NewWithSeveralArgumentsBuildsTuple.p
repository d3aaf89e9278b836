// `new M(a, b)` passes the tuple (a, b) to the start entry; a multi-argument send builds the tuple too (8.4 multi-argument payloads, 8.5 creation).
event eSum: (int, int);

machine Adder {
  start state A {
    entry (p: (machine, int, int)) {
      send p.0, eSum, p.1 + p.2, p.1 * p.2;
    }
  }
}

machine Main {
  start state Run {
    entry { new Adder(this, 2, 3); }
    on eSum do (r: (int, int)) {
      assert r.0 == 5 && r.1 == 6, format("{0}", r);
    }
  }
}
