// A machine walks its states by `$` choices for a bounded number of moves; every state handles every move (8.3, 8.5).
event eMove;

machine Main {
  var moves: int;
  start state North {
    entry { Step(); }
    on eMove do { if ($) { goto East; } else { goto South; } }
  }
  state East {
    entry { Step(); }
    on eMove do { if ($) { goto South; } else { goto North; } }
  }
  state South {
    entry { Step(); }
    on eMove goto North;
  }
  fun Step() {
    moves = moves + 1;
    if (moves < 20) {
      send this, eMove;
    }
  }
}
