// bug: assertion
// The with-handler of a monitor transition asserts on the payload and fails (8.8: exit, with, entry).
event eHandoff: (giver: int, taker: int);

spec TokenHolder observes eHandoff {
  var holder: int;
  start state Held {
    entry {
      holder = 1;
    }
    on eHandoff goto Held with (h: (giver: int, taker: int)) {
      assert h.giver == holder, format("node {0} passed a token held by {1}", h.giver, holder);
      holder = h.taker;
    }
  }
}

machine Node {
  start state Run {
    entry {
      announce eHandoff, (giver = 1, taker = 2);
      announce eHandoff, (giver = 2, taker = 3);
      announce eHandoff, (giver = 2, taker = 1);
    }
  }
}

test tcToken [main = Node]: assert TokenHolder in { Node };
