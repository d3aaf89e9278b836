// `+` needs both int, both float or both string: no mixing, no bools (reference 6.1, 6.7 item 11).
machine Ops {
  var i: int;
  var f: float;
  var s: string;
  var b: bool;
  start state S {
    entry {
      f = i + f; // error: P0305
      s = s + i; // error: P0305
      b = b + b; // error: P0305
    }
  }
}
