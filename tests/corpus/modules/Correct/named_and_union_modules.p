// Named modules, `union`, and parenthesised module expressions in tests (reference 2.6, 7.1).
event ePing;
machine Server {
  start state S { ignore ePing; }
}
machine Client {
  var s: Server;
  start state S {
    entry {
      s = new Server();
      send s, ePing;
    }
  }
}
module Servers = { Server };
module Clients = { Client };
module System = union Servers, Clients;
module Nested = (union (Servers), ({ Client }));
test tcSystem [main = Client]: System;
test tcNested [main = Client]: Nested;
test tcInline [main = Client]: (union { Server }, (Clients));
