// Recovery: type words used as operands are one error per line, at the first of them (reference 1.3, 2.5).
machine Main {
  var grid: map[int, float];
  var history: seq[int];
  start state Init {
    entry {
      grid = defaultfun (map[int, float]); // error: P0102
      history = (seq[int]); // error: P0107
    }
  }
}
