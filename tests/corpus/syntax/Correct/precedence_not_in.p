// Precedence: `!x in s` is `(!x) in s`; `x in s == true` is `(x in s) == true` (reference 2.5).
machine Flags {
  var s: set[bool];
  var x: bool;
  var r: bool;
  var nums: seq[int];
  start state S {
    entry {
      s += (false);
      x = true;
      r = !x in s;
      assert r;
      nums += (0, 4);
      r = 4 in nums == true;
      assert r;
      r = 1 + 3 in nums;
      assert r;
    }
  }
}
