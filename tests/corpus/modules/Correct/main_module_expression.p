// `main M in m` parses and behaves exactly like m (reference 2.6, 7.1).
machine Client {
  start state S { }
}
test tcMain [main = Client]: main Client in { Client };
