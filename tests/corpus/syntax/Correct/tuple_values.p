// `(5,)` is a 1-tuple, `(5)` is just 5; `(int)` in a type is a 1-tuple type; named `(a = 1,)` (reference 2.2, 2.5).
machine Tuples {
  var one: (int);
  var n: int;
  var named: (a: int);
  var pair: (id: int, name: string);
  var anon: (int, string);
  start state S {
    entry {
      one = (5,);
      n = (5);
      named = (a = 1,);
      pair = (id = 2, name = "two");
      anon = (3, "three");
      n = one.0 + named.a + pair.id + anon.0;
      assert n == 11;
    }
  }
}
