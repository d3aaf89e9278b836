// `-`, `*`, `/` and `%` have no string meaning and are rejected (reference 6.1, App. B 11, 6.7 item 11).
machine Ops {
  var s: string;
  start state S {
    entry {
      s = "ab" - "b"; // error: P0305
      s = "ab" * "c"; // error: P0305
      s = "ab" / "c"; // error: P0305
      s = "ab" % "c"; // error: P0305
    }
  }
}
