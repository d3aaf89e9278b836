// `union` components must bind pairwise disjoint interfaces (reference 7.1).
machine Server {
  start state S { }
}
machine Client {
  start state S { entry { new Server(); } }
}
module Sys = { Server };
test tcOverlap [main = Client]: union Sys, { Client, Server }; // error: P0607
