// Named modules share one namespace even when their expressions differ (reference 3.2 row "named module").
machine Client {
  start state S { }
}
machine Server {
  start state S { }
}
module Nodes = { Client };
module Nodes = union { Client }, { Server }; // error: P0201
