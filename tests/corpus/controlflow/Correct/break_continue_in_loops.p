// break/continue inside while and foreach bodies, including nested ifs, blocks, and loops inside receive cases (reference 6.2, 6.5).
event eItem: seq[int];
machine Scanner {
  var xs: seq[int];
  var x: int;
  var count: int;
  start state S {
    on eItem do (items: seq[int]) {
      foreach (x in items) {
        if (x < 0) { continue; }
        { if (x > 100) { break; } }
        count = count + 1;
      }
      while (count > 0) {
        receive {
          case eItem: (more: seq[int]) {
            while (true) { if (sizeof(more) == 0) { break; } more -= 0; continue; }
          }
        }
        count = count - 1;
        if (count == 5) break; else continue;
      }
    }
  }
}
