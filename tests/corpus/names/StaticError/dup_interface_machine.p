// A machine implicitly declares an interface, so a later interface of the same name conflicts (reference 3.2 rows "interface", "machine").
event eReq;
machine Server {
  start state S { ignore eReq; }
}
interface Server() receives eReq; // error: P0201
