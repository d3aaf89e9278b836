// A handler parameter of type T accepts payload(E) <= T; parameterless handlers accept any payload (reference 6.3).
machine Peer {
  start state S { }
}
event eNum: int;
event ePeer: Peer;
event eRec: (id: int, tags: seq[string]);
event eAny: any;
event eNone;
machine Handler {
  var a: any;
  start state S {
    on eNum do (x: any) { a = x; }
    on ePeer do (m: machine) { a = m; }
    on eRec do (r: data) { a = r; }
    on eAny do (v: any) { a = v; }
    on eNone do (n: any) { a = n; }
  }
  state T {
    on eNum, ePeer, eRec, eAny, eNone do { a = null; }
  }
}
