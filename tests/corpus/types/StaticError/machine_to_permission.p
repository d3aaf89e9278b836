// Rule 5.2.5: `machine` and null are not assignable to a permission type (use `to`) (reference 5.2, 6.7 item 8).
machine Server {
  start state S { }
}
machine Client {
  var m: machine;
  var s: Server;
  start state S {
    entry {
      m = new Server();
      s = m; // error: P0301
      s = null; // error: P0301
    }
  }
}
