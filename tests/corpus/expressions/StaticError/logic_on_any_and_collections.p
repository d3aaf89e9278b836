// `&&`, `||` and `!` need bools: not `any`, strings or sets (reference 6.1).
machine Ops {
  var a: any;
  var s: set[bool];
  var b: bool;
  start state S {
    entry {
      b = a || true; // error: P0305
      b = "yes" && b; // error: P0305
      b = !s; // error: P0305
    }
  }
}
