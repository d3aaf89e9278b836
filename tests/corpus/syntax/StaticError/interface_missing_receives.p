// The `receives` keyword of an interface is mandatory (reference 2.1).
event eReq;
interface IServer(int); // error: P0102
machine Server {
  start state S { ignore eReq; }
}
