// Rule 5.2.1 (reverse): `any` is not assignable to `int` without a cast (reference 5.2, 6.7 item 8).
machine Unboxer {
  var a: any;
  var i: int;
  start state S {
    entry {
      a = 1;
      i = a; // error: P0301
    }
  }
}
