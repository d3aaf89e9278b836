// choose(0) is 0, choose(1) is 0, and choose on a one-element collection returns that element (8.3 choose).
machine Main {
  start state Pick {
    entry {
      var single: seq[string];
      var one: set[int];
      var m: map[string, int];
      var k: int;
      assert choose(0) == 0;
      assert choose(1) == 0;
      single += (0, "only");
      assert choose(single) == "only";
      one += (5);
      assert choose(one) == 5;
      m["key"] = 9;
      assert choose(m) == "key";
      k = choose(10000);
      assert k >= 0 && k < 10000;
    }
  }
}
