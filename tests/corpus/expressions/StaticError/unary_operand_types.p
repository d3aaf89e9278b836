// Unary `-` needs int or float and `!` needs bool (reference 6.1, 6.7 item 11).
machine Ops {
  var b: bool;
  var i: int;
  var s: string;
  start state S {
    entry {
      b = -b; // error: P0305
      i = !i; // error: P0305
      s = -s; // error: P0305
    }
  }
}
