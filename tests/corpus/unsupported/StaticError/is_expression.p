// `e is M` type tests are PVerifier-only (reference 1.3, 2.5, App. A).
machine Server {
  start state S { }
}
machine Client {
  var m: machine;
  var b: bool;
  start state S {
    entry {
      m = new Server();
      b = m is Server; // error: P0901
    }
  }
}
