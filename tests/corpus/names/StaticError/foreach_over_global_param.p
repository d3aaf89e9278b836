// The loop variable of `foreach` is assigned, so it cannot be a global param (reference 4.8, 6.2).
param limit: int;
machine Main {
  start state S {
    entry {
      var xs: seq[int];
      foreach (limit in xs) { } // error: P0313
    }
  }
}
