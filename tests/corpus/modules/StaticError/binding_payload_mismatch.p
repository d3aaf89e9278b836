// `M -> I` requires M's constructor payload type to accept I's payload type (reference 7.1).
event eReq;
interface IServer(int) receives eReq;
interface IPlain(string) receives eReq;
machine StringServer {
  start state S {
    entry (name: string) { }
    ignore eReq;
  }
}
machine NoPayloadServer {
  start state S { ignore eReq; }
}
machine Client {
  start state S {
    entry {
      new IServer(1);
      new IPlain("x");
    }
  }
}
test tcWrongType [main = Client]: { Client, StringServer -> IServer, NoPayloadServer -> IPlain }; // error: P0604
