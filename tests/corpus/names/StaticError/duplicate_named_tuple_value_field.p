// A named tuple value with a repeated field name (reference 3.2, 6.1).
machine Builder {
  var r: any;
  start state S {
    entry {
      r = (id = 1, id = 2); // error: P0209
    }
  }
}
