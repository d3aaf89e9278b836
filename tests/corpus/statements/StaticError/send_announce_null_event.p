// `send t, null` and `announce null` emit the null event (reference 4.3, 6.7 item 20 SentNullEvent).
machine Peer {
  start state S { }
}
machine Sender {
  var p: Peer;
  start state S {
    entry {
      p = new Peer();
      send p, null; // error: P0318
      announce null; // error: P0318
    }
  }
}
