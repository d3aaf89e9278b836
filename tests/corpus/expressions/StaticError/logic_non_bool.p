// `&&` and `||` need two bools (reference 6.1, 6.7 item 11).
machine Ops {
  var b: bool;
  var i: int;
  start state S {
    entry {
      b = i && b; // error: P0305
      b = b || "yes"; // error: P0305
    }
  }
}
