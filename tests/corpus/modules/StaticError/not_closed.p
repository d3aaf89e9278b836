// Closed world: an interface a bound machine creates must be bound in the test's module (reference 7.2).
machine Server {
  start state S { }
}
machine Client {
  start state S {
    entry { new Server(); }
  }
}
test tcClient [main = Client]: { Client }; // error: P0601
