// `==`/`!=` need one side assignable to the other: null vs machine/event/any/data, any vs int, machine vs permission type (reference 6.1).
enum tColor { Red, Blue }
event eA;
machine Peer {
  start state S { }
}
machine Comparer {
  var m: machine;
  var p: Peer;
  var e: event;
  var a: any;
  var d: data;
  var c: tColor;
  var b: bool;
  var t: (int, string);
  start state S {
    entry {
      b = m == null;
      b = e != null;
      b = a == null;
      b = d == null;
      b = a == 3;
      b = 3 == a;
      b = m == p;
      b = p != m;
      b = c == Blue;
      b = e == eA;
      b = t == (1, "x");
      b = d == 2.5;
      b = this == m;
      b = halt != e;
    }
  }
}
