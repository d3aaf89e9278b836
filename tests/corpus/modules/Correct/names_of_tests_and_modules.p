// Tests and named modules have their own namespaces: a test and a module may be named like a machine (reference 3.2).
machine Client {
  start state S { }
}
module Client = { Client };
test Client [main = Client]: Client;
