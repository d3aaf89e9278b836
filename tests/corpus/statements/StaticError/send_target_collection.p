// The target of `send` must be a machine, not a collection or tuple of machines (reference 6.2).
event eBroadcast;
machine Hub {
  var peers: seq[machine];
  var pair: (machine, machine);
  start state S {
    entry {
      send peers, eBroadcast; // error: P0323
      send pair, eBroadcast; // error: P0323
    }
    ignore eBroadcast;
  }
}
