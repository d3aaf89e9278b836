// Tuple fields are read with .N / .name and updated in place as lvalues (6.1, 6.2).
type tEntry = (key: string, hits: (today: int, total: int));

machine Main {
  start state Update {
    entry {
      var e: tEntry;
      var pair: (int, string);
      e.key = "home";
      e.hits.today = 3;
      e.hits.total = e.hits.total + e.hits.today;
      assert e == (key = "home", hits = (today = 3, total = 3));
      pair = (7, "seven");
      pair.0 = pair.0 + 1;
      assert pair.0 == 8 && pair.1 == "seven";
      assert -pair.0 == -8;
    }
  }
}
