// An enum coerces only to int, not to float (reference 6.1 `to` table).
enum tLevel { Low, High }
machine Conv {
  var f: float;
  start state S {
    entry {
      f = High to float; // error: P0312
    }
  }
}
