// A single `&` is not a token (logical and is `&&`) (reference 1.6).
machine Gate {
  var open: bool;
  var armed: bool;
  start state S {
    entry {
      open = true;
      armed = open & true; // error: P0101
    }
  }
}
