// Type words are case-sensitive: `Int` and `String` are not types (reference 1.3).
machine Holder {
  var n: Int; // error: P0206
  var s: seq[String]; // error: P0206
  start state S { }
}
