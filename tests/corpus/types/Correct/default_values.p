// `default(T)` is defined for every type (reference 5.3).
type tForeign;
enum tE { B = 2, A = 1 }
event eX;
interface IX() receives eX;
machine Defaults {
  var i: int;
  var f: float;
  var b: bool;
  var s: string;
  var e: event;
  var m: machine;
  var ix: IX;
  var a: any;
  var d: data;
  var ff: tForeign;
  var en: tE;
  var t: (int, (bool, string));
  var nt: (x: float, ys: seq[int]);
  var sq: seq[int];
  var st: set[string];
  var mp: map[int, bool];
  start state S {
    entry {
      i = default(int);
      f = default(float);
      b = default(bool);
      s = default(string);
      e = default(event);
      m = default(machine);
      ix = default(IX);
      a = default(any);
      d = default(data);
      ff = default(tForeign);
      en = default(tE);
      t = default((int, (bool, string)));
      nt = default((x: float, ys: seq[int]));
      sq = default(seq[int]);
      st = default(set[string]);
      mp = default(map[int, bool]);
      assert en == A;
      assert i == 0 && f == 0.0 && !b && s == "";
    }
  }
}
