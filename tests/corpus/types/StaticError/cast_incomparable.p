// `as` between incomparable types (reference 6.1, 6.7 item 11 CastInExprs).
machine Caster {
  var i: int;
  var s: string;
  var b: bool;
  start state S {
    entry {
      s = 1 as string; // error: P0311
      i = "1" as int; // error: P0311
      i = true as int; // error: P0311
    }
  }
}
