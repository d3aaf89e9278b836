// A value of a permission type cannot be compared with null (reference 6.1 notes).
machine Server {
  start state S { }
}
machine Client {
  var s: Server;
  var m: machine;
  var b: bool;
  start state S {
    entry {
      s = new Server();
      m = s;
      b = m == null;
      b = s == null; // error: P0319
    }
  }
}
