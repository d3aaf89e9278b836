// A machine without any state has no start state (reference 4.5).
machine Empty { // error: P0401
  var x: int;
  fun F() { }
}
