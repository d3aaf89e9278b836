// set[i] reads elements by position for 0 <= i < sizeof; every element is reached exactly once (8.3 set[i]).
machine Main {
  start state Walk {
    entry {
      var tags: set[string];
      var seen: set[string];
      var i: int;
      tags += ("red");
      tags += ("blue");
      tags += ("green");
      while (i < sizeof(tags)) {
        assert tags[i] in tags;
        seen += (tags[i]);
        i = i + 1;
      }
      assert seen == tags;
    }
  }
}
