// `while` and `if` with bool conditions, nested loops with break and continue (reference 6.2, 6.5).
machine Looper {
  var i: int;
  var j: int;
  var found: bool;
  var xs: seq[int];
  var x: int;
  start state S {
    entry {
      while (i < 10) {
        i = i + 1;
        if (i % 2 == 0) continue;
        j = 0;
        while (true) {
          j = j + 1;
          if (j > i) { break; }
        }
        foreach (x in xs) {
          if (x == i) { found = true; break; } else { continue; }
        }
      }
      if (found) { i = 0; }
    }
  }
}
