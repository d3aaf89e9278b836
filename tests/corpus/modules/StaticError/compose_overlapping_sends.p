// `compose` components must have pairwise disjoint sends sets (default sends = all events) (reference 7.1).
event ePing;
machine Pinger {
  start state S { }
}
machine Ponger {
  start state S { }
}
test tcCompose [main = Pinger]: compose { Pinger }, { Ponger }; // error: P0607
