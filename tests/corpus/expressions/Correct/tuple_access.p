// `e.f` on named tuples and `e.N` on unnamed tuples, nested and on function results (reference 6.1).
type tReq = (id: int, body: (string, bool));
fun MakeReq(): tReq { return (id = 1, body = ("b", true)); }
machine Reader {
  var r: tReq;
  var pair: (int, (float, string));
  var s: string;
  var ok: bool;
  var f: float;
  start state S {
    entry {
      r = MakeReq();
      s = r.body.0;
      ok = r.body.1 && MakeReq().id == 1;
      pair = (1, (2.0, "x"));
      f = pair.1.0;
      r.id = 5;
      pair.1.1 = "y";
    }
  }
}
