// A parameterised test with int and bool params, an assume filter and `(2 wise)` (reference 7.3).
param nClients: int;
param useCache: bool;
event eReq: int;
spec AllServed observes eReq {
  start state S {
    on eReq do (id: int) { assert id < nClients, "unknown client"; }
  }
}
machine Server {
  start state S {
    on eReq do (id: int) { }
  }
}
machine ScaledDriver {
  start state S {
    entry {
      var i: int;
      var s: Server;
      s = new Server();
      while (i < nClients) {
        if (useCache) { print "cached"; }
        send s, eReq, i;
        i = i + 1;
      }
    }
  }
}
module Sys = { Server };
test param (nClients in [1, 2, 3], useCache in [true, false])
     assume (nClients > 1 || useCache)
     (2 wise)
     tcScaled [main = ScaledDriver]: assert AllServed in (union Sys, { ScaledDriver });
