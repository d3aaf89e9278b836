// Identifiers: `_`, digits after the first character, case sensitivity (reference 1.2, 1.3).
machine Names {
  var _: int;
  var x1_y2: int;
  var proof: bool;
  var lemma: int;
  var True: int;
  var NULL: string;
  var Int: int;
  start state S {
    entry {
      _ = 1;
      x1_y2 = _ + 1;
      proof = true;
      lemma = x1_y2;
      True = lemma;
      NULL = "not a literal";
      Int = True;
    }
  }
}
