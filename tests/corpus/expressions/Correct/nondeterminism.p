// `$`, `$$`, `choose()` are bool; `choose(e)` gives int for int, element for seq/set, key for map; literal 10000 is allowed (reference 6.1).
machine Chooser {
  var b: bool;
  var i: int;
  var name: string;
  var names: seq[string];
  var ids: set[int];
  var owners: map[float, string];
  var key: float;
  start state S {
    entry {
      b = $;
      b = $$;
      b = choose();
      i = choose(10);
      i = choose(10000);
      i = choose(i + 1);
      names += (0, "a");
      name = choose(names);
      ids += (4);
      i = choose(ids);
      owners[1.5] = "x";
      key = choose(owners);
    }
  }
}
