// `send t, E, a, b;` sends the tuple (a, b) for an event with an unnamed tuple payload (8.4).
event eMove: (int, int);
event eLabel: (string, bool, int);

machine Board {
  start state Play {
    on eMove do (m: (int, int)) {
      assert m.0 == 3 && m.1 == 4, format("move {0}", m);
    }
    on eLabel do (l: (string, bool, int)) {
      assert l.0 == "x" && l.1 && l.2 == 7;
    }
  }
}

machine Main {
  start state Start {
    entry {
      var b: Board;
      b = new Board();
      send b, eMove, 3, 4;
      send b, eLabel, "x", true, 7;
    }
  }
}
