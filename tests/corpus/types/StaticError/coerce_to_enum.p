// `to` requires an int, float or permission target: there is no conversion into an enum (reference 4.2, 6.1).
enum tLevel { Low, High }
machine Conv {
  var l: tLevel;
  start state S {
    entry {
      l = 1 to tLevel; // error: P0312
      l = High to tLevel; // error: P0312
    }
  }
}
