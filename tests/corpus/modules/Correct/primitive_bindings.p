// Primitive modules: `M` binds M's own interface; `M -> I` binds a declared interface whose events and payload M supports (reference 7.1).
event eReq: int;
event eResp: int;
interface IServer(int) receives eReq;
machine ServerImpl receives eReq; sends eResp; {
  start state Serve {
    entry (seed: int) { }
    on eReq do (n: int) { }
  }
}
machine Client {
  var server: IServer;
  start state Init {
    entry {
      server = new IServer(7);
      send server, eReq, 1;
    }
    ignore eResp;
  }
}
test tcBind [main = Client]: { Client, ServerImpl -> IServer };
