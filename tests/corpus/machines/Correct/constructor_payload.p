// The start state's entry parameter is the machine's constructor payload (reference 4.4, 4.5).
type tConfig = (id: int, peers: seq[machine]);
machine Replica {
  var cfg: tConfig;
  start state Boot {
    entry (c: tConfig) { cfg = c; }
  }
}
machine Counter {
  var n: int;
  start state Boot {
    entry Init;
  }
  fun Init(start0: int) { n = start0; }
}
machine Main {
  var r: Replica;
  var c: Counter;
  start state S {
    entry {
      r = new Replica((id = 1, peers = default(seq[machine])));
      c = new Counter(10);
    }
  }
}
