// `{ M, M }` binds interface M twice (reference 7.1).
machine Client {
  start state S { }
}
test tcDup [main = Client]: { Client, Client }; // error: P0603
