// Rule 5.2.10: unnamed and named tuples never mix (reference 5.2, 6.7 item 8 namedTuple).
machine Records {
  var named: (id: int, ok: bool);
  var plain: (int, bool);
  start state S {
    entry {
      named = (1, true); // error: P0301
      plain = (id = 1, ok = true); // error: P0301
    }
  }
}
