// `e.f` needs a named tuple having field f (reference 6.1).
type tReq = (id: int, key: string);
machine Reader {
  var r: tReq;
  var s: string;
  start state S {
    entry {
      s = r.value; // error: P0308
      r.Key = "k"; // error: P0308
    }
  }
}
