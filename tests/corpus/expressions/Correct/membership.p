// `x in c` for seq/set elements and map keys, with subtype elements (reference 6.1).
machine Member {
  start state S { }
}
machine Lookup {
  var q: seq[int];
  var st: set[any];
  var mp: map[machine, string];
  var m: Member;
  var b: bool;
  start state S {
    entry {
      m = new Member();
      b = 3 in q;
      b = "x" in st;
      b = m in mp;
      b = null in mp;
      b = (1, 2) in st;
      b = !(3 in q) || 4 in q;
    }
  }
}
