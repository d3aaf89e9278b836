// Duplicate numeric values in a numbered enum are not checked (reference 4.2).
enum tAlias { First = 1, Primary = 1, Second = 2 }
machine Labels {
  var a: tAlias;
  start state S {
    entry {
      a = Primary;
      assert a to int == First to int;
    }
  }
}
