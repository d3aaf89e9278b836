// `send` separates target and event with a comma (reference 2.4).
event eReq;
machine Client {
  var server: machine;
  start state S {
    entry {
      send server eReq; // error: P0102
    }
  }
}
