// Variables start at their type's default; default(T) gives the same value (5.3).
enum tLevel { Warn = 4, Info = 2, Debug = 7 }
type tCfg = (name: string, retries: int, verbose: bool);

machine Main {
  var i: int;
  var f: float;
  var b: bool;
  var s: string;
  var e: event;
  var m: machine;
  var a: any;
  var lvl: tLevel;
  var cfg: tCfg;
  var q: seq[int];
  var mp: map[string, int];
  start state Check {
    entry {
      assert i == 0 && f == 0.0 && !b && s == "";
      assert e == null && m == null && a == null;
      assert lvl == Info && lvl == default(tLevel);
      assert cfg.name == "" && cfg.retries == 0 && !cfg.verbose;
      assert cfg == default(tCfg);
      assert sizeof(q) == 0 && sizeof(mp) == 0 && q == default(seq[int]);
    }
  }
}
