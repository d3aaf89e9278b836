// Coercing between machine permission types needs the target's events within the source's (reference 6.1).
event eA;
event eB;
machine Narrow receives eA; {
  start state S { ignore eA; }
}
machine Wide receives eA, eB; {
  start state S { ignore eA, eB; }
}
machine Conv {
  var n: Narrow;
  var w: Wide;
  start state S {
    entry {
      w = new Wide();
      n = w to Narrow;
      w = n to Wide; // error: P0312
    }
  }
}
