// `to` targets bool, string, machine, tuples, collections and `any` are rejected (reference 6.1).
machine Conv {
  var b: bool;
  var s: string;
  var m: machine;
  var a: any;
  var q: seq[int];
  start state S {
    entry {
      b = 1 to bool; // error: P0312
      s = 1 to string; // error: P0312
      m = this to machine; // error: P0312
      a = 1 to any; // error: P0312
      q = q to seq[int]; // error: P0312
    }
  }
}
