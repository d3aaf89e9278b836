// Rule 5.2.8: seq is covariant only: seq[int] vs seq[float], seq[machine] into seq[Server] (reference 5.2).
machine Server {
  start state S { }
}
machine Pool {
  var ints: seq[int];
  var floats: seq[float];
  var ms: seq[machine];
  var servers: seq[Server];
  start state S {
    entry {
      floats = ints; // error: P0301
      servers = ms; // error: P0301
    }
  }
}
