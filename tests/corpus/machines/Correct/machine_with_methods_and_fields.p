// Machine methods read and write fields and call each other; methods used as handlers (reference 4.7).
event eAdd: int;
event eReset;
machine Accumulator receives eAdd, eReset; {
  var total: int;
  var history: seq[int];
  start state Ready {
    on eAdd do Add;
    on eReset do Clear;
  }
  fun Add(n: int) { Record(n); total = total + n; }
  fun Record(n: int) { history += (sizeof(history), n); }
  fun Clear() { total = 0; history = default(seq[int]); }
  fun Total(): int { return total; }
}
