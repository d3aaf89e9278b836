// bug: assertion
// One value of choose(40) hits an unhandled corner case; random choices find it (2.5% per schedule) (8.3 choose(n)).
machine Main {
  start state Pick {
    entry {
      var slot: int;
      slot = choose(40);
      assert slot != 13, "slot 13 is reserved";
    }
  }
}
