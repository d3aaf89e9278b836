// Rules 5.2.10 and 5.2.11: tuples of equal length are covariant; named tuples need the same names in the same order.
machine Peer {
  start state S { }
}
type tMsg = (src: machine, seqNo: int);
machine Net {
  var pair: (any, machine);
  var triple: (int, (bool, string), data);
  var msg: tMsg;
  var loose: (src: any, seqNo: any);
  var p: Peer;
  start state S {
    entry {
      p = new Peer();
      pair = (1, p);
      pair = (p, null);
      triple = (1, (true, "x"), (2, 3));
      msg = (src = p, seqNo = 4);
      loose = msg;
      loose = (src = null, seqNo = "x");
    }
  }
}
