// Field access on a machine reference inside a larger expression and as an lvalue (reference 6.7 item 7).
machine Server {
  var database: map[int, int];
  start state S { }
}
machine Client {
  var server: machine;
  var ok: bool;
  start state S {
    entry {
      ok = 1 in keys(server.database) && true; // error: P0308
      server.database = default(map[int, int]); // error: P0308
    }
  }
}
