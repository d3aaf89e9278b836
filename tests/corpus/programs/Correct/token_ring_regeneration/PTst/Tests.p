// The ring test: nodes created through an interface, configured by eSetNext, token injected, watchdog started (7.2, 7.3).
machine RingTest {
  start state Init {
    entry {
      var nodes: seq[IRingNode];
      var i: int;
      var n: int;
      n = 3;
      while (i < n) {
        nodes += (i, new IRingNode());
        i = i + 1;
      }
      i = 0;
      while (i < n) {
        send nodes[i], eSetNext, (id = i, next = nodes[(i + 1) % n], wants = 2);
        i = i + 1;
      }
      send nodes[0], eToken, (generation = 0, hops = 0);
      new Watchdog(nodes);
    }
  }
}

module Ring = { RingNode -> IRingNode };

implementation RingImpl [main = RingTest]: union Ring, { Watchdog, Timer, RingTest };

test param (checkGeneration in [true, false]) tcRing [main = RingTest]:
  assert MutualExclusion in (union Ring, { Watchdog, Timer, RingTest });
