// `choose` of a float, a named tuple or a machine reference (reference 6.1).
machine Picker {
  var f: float;
  var r: (lo: int, hi: int);
  var m: machine;
  var x: any;
  start state S {
    entry {
      x = choose(f); // error: P0315
      x = choose(r); // error: P0315
      x = choose(m); // error: P0315
    }
  }
}
