// A machine field and a machine method may share a name (variable row vs function row) (reference 3.2, 3.3).
machine Meter {
  var level: int;
  start state S {
    entry {
      level = 2;
      level = level();
    }
  }
  fun level(): int { return level + 1; }
}
