// Precedence: `x == E to int` is `x == (E to int)`; `&&` binds tighter than `||` (reference 2.5).
enum tColor { Red, Green, Blue }
machine Palette {
  var x: int;
  var ok: bool;
  start state S {
    entry {
      x = 1;
      ok = x == Green to int;
      assert ok;
      ok = false && false || true;
      assert ok;
      ok = 1 < 2 == 3 < 4;
      assert ok;
      ok = 10 - 4 - 3 == 3 && 12 / 3 / 2 == 2;
      assert ok;
    }
  }
}
