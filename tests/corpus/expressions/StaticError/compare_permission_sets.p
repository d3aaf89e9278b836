// `==` between two permission types needs equal event sets; tuples of different shapes are incomparable (reference 6.1 notes).
event eA;
event eB;
machine Alpha receives eA; {
  start state S { ignore eA; }
}
machine Beta receives eB; {
  start state S { ignore eB; }
}
machine Cmp {
  var a: Alpha;
  var b: Beta;
  var ok: bool;
  start state S {
    entry {
      ok = a == b; // error: P0319
      ok = (1, 2) == (1, 2, 3); // error: P0319
    }
  }
}
