// Machine members (var, fun, state) may be interleaved in any order (reference 2.3).
event eTick;
machine Clock {
  fun Advance() { ticks = ticks + step; }
  var ticks: int;
  state Stopped {
    ignore eTick;
  }
  var step: int;
  start state Running {
    entry { step = 1; }
    on eTick do Advance;
  }
  fun Current(): int { return ticks; }
}
