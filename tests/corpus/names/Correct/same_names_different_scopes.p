// The same field, state, local and function names may be reused in different machines and functions (reference 3.1, 3.2).
machine Alpha {
  var count: int;
  start state Run {
    entry { count = Step(1); }
  }
  fun Step(x: int): int { var tmp: int; tmp = x; return tmp + 1; }
}

machine Beta {
  var count: string;
  start state Run {
    entry { count = Step("b"); }
  }
  fun Step(x: string): string { var tmp: string; tmp = x; return tmp + "!"; }
}

fun Step(x: bool): bool { var tmp: bool; tmp = x; return !tmp; }
