// `assert S1, S2 in m` attaches specs; nested asserts attach different specs; scenarios attach automatically (reference 2.6, 4.6, 7.1, 7.2).
event eReq: int;
event eResp: int;
spec Safety observes eReq, eResp {
  start state S { on eReq, eResp do { } }
}
spec Progress observes eReq, eResp {
  start cold state Idle { on eReq goto Waiting; ignore eResp; }
  hot state Waiting { on eResp goto Idle; ignore eReq; }
}
scenario SawResponse observes eResp {
  start state Waiting { on eResp goto Seen; }
  cold state Seen { ignore eResp; }
}
machine Server {
  start state S {
    on eReq do (n: int) { }
  }
}
machine Driver {
  var s: Server;
  start state S {
    entry {
      s = new Server();
      send s, eReq, 1;
      announce eResp, 1;
    }
  }
}
module Sys = { Server };
test tcBoth [main = Driver]: assert Safety, Progress in (union Sys, { Driver });
test tcNestedAssert [main = Driver]: assert Safety in assert Progress in union Sys, { Driver };
