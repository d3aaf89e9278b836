// `e as T` is accepted when either type is assignable to the other (reference 6.1).
machine Node {
  start state S { }
}
machine Caster {
  var a: any;
  var d: data;
  var i: int;
  var m: machine;
  var n: Node;
  var xs: seq[int];
  var t: (any, string);
  start state S {
    entry {
      a = 5;
      i = a as int;
      a = i as any;
      d = xs;
      xs = d as seq[int];
      n = new Node();
      m = n as machine;
      n = m as Node;
      t = (1, "a") as (any, string);
      m = null as machine;
      i = i as int;
    }
  }
}
