// Rule 5.2.2: null is not assignable to int, string, bool or float (reference 5.2).
machine Nulls {
  var i: int;
  var s: string;
  var b: bool;
  var f: float;
  start state S {
    entry {
      i = null; // error: P0301
      s = null; // error: P0301
      b = null; // error: P0301
      f = null; // error: P0301
    }
  }
}
