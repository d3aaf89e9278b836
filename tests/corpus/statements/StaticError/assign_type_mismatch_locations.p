// Assignment type mismatch into fields of tuples, map values and seq elements (reference 6.2, 6.7 item 8).
machine Store {
  var rec: (name: string, age: int);
  var m: map[string, int];
  var q: seq[bool];
  start state S {
    entry {
      rec.age = "ten"; // error: P0301
      m["a"] = true; // error: P0301
      q[0] = 1; // error: P0301
    }
  }
}
