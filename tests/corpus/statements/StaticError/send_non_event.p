// The event of `send`/`announce` must have type event (reference 6.2).
machine Peer {
  start state S { }
}
machine Sender {
  var p: Peer;
  var msg: string;
  start state S {
    entry {
      p = new Peer();
      send p, msg; // error: P0322
      announce 3; // error: P0322
    }
  }
}
