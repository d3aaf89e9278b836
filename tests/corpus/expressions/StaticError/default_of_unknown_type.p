// `default(T)` needs a declared type: undeclared names, specs and functions are not types (reference 3.3, 6.1).
event eTick;
spec Watch observes eTick {
  start state S { ignore eTick; }
}
fun Helper() { }
machine Maker {
  var a: any;
  start state S {
    entry {
      a = default(tMissing); // error: P0206
      a = default(Watch); // error: P0206
      a = default(Helper); // error: P0206
    }
  }
}
