// Enums, `any` and `data` cannot be used in arithmetic without a cast or coercion (reference 6.1 notes).
enum tLevel { Low, High }
machine Ops {
  var l: tLevel;
  var a: any;
  var d: data;
  var i: int;
  start state S {
    entry {
      i = l + 1; // error: P0305
      i = a * 2; // error: P0305
      i = -d; // error: P0305
    }
  }
}
