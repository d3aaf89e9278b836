// A payload that is a 1-element unnamed tuple is also accepted by a parameter of its element type (reference 6.3).
event eWrapped: (int);
event eWrappedPeer: (machine);
machine Unwrapper {
  var n: int;
  var m: machine;
  start state S {
    on eWrapped do (x: int) { n = x; }
    on eWrappedPeer goto T;
  }
  state T {
    entry (p: machine) { m = p; }
    on eWrapped do (t: (int)) { n = t.0; }
    ignore eWrappedPeer;
  }
}
