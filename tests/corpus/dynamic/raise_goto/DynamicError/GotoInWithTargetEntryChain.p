// bug: assertion
// An entry that gotos onwards moves the machine before it handles its next event: the chain A -> B -> C runs inside one dispatch (8.5).
event eTick;

machine Main {
  var visited: seq[string];
  start state A {
    entry { send this, eTick; }
    on eTick goto B;
  }
  state B {
    entry { visited += (sizeof(visited), "B"); goto C; }
    on eTick do { visited += (sizeof(visited), "tickB"); }
  }
  state C {
    entry {
      visited += (sizeof(visited), "C");
      assert sizeof(visited) == 1, format("entries ran in one chain: {0}", visited);
    }
  }
}
