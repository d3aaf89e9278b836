// A machine conflicts with an earlier interface of the same name (reference 3.2 row "machine").
event eReq;
interface IServer() receives eReq;
machine IServer { // error: P0201
  start state S { ignore eReq; }
}
