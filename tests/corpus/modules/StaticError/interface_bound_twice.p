// An interface is bound at most once in a primitive module (reference 7.1).
event eReq;
interface IServer() receives eReq;
machine ServerA {
  start state S { ignore eReq; }
}
machine ServerB {
  start state S { ignore eReq; }
}
machine Client {
  start state S { entry { new IServer(); } }
}
test tcTwice [main = Client]: { Client, ServerA -> IServer, ServerB -> IServer }; // error: P0603
