// Rule 5.2.12: `data` rejects machine, any, and collections or tuples containing machine references (reference 5.2).
machine Peer {
  start state S { }
}
machine Packer {
  var d: data;
  var m: machine;
  var a: any;
  var peers: seq[Peer];
  start state S {
    entry {
      d = m; // error: P0301
      d = a; // error: P0301
      d = peers; // error: P0301
      d = (1, this); // error: P0301
    }
  }
}
