// `compose` needs disjoint bound interfaces, sends sets and creates sets (reference 7.1).
event ePing;
event ePong;
machine Pinger receives ePong; sends ePing; {
  start state S {
    entry {
      var p: Ponger;
      p = new Ponger(this);
      send p, ePing;
    }
    on ePong do { }
  }
}
machine Ponger receives ePing; sends ePong; {
  var peer: Pinger;
  start state S {
    entry (pp: Pinger) { peer = pp; }
    on ePing do { send peer, ePong; }
  }
}
test tcCompose [main = Pinger]: compose { Pinger }, { Ponger };
