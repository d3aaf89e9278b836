// A permission-typed parameter or interface-typed field compared with null (reference 6.1 notes).
event eReq;
interface IServer() receives eReq;
fun IsSet(s: IServer): bool {
  return s != null; // error: P0319
}
machine Client {
  var srv: IServer;
  var ok: bool;
  start state S {
    entry {
      ok = null == srv; // error: P0319
    }
  }
}
