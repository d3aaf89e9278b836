// `to int`/`to float` only from int, float or enum: bool, string and null are incomparable (reference 6.1, 6.7 item 11).
machine Conv {
  var i: int;
  var f: float;
  start state S {
    entry {
      i = true to int; // error: P0312
      f = "2.5" to float; // error: P0312
      i = null to int; // error: P0312
    }
  }
}
