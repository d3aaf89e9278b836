// Several independent duplicate declarations are all reported (reference 3.2, 6.8 collecting mode).
event eA;
event eA; // error: P0201
machine M {
  var x: int;
  var x: int; // error: P0201
  start state S { }
  state S { } // error: P0201
}
fun Helper() { }
fun Helper() { } // error: P0201
