// announce and raise are not scheduling points, so each machine's begin/end announcements never interleave (8.10).
event eBegin: int;
event eEnd: int;
event eStep;
event eGo;

spec NoOverlap observes eBegin, eEnd {
  var inside: int;
  start state Out {
    on eBegin goto In with (id: int) { inside = id; }
    ignore eEnd;
  }
  state In {
    on eBegin do (id: int) {
      assert false, format("{0} began while {1} was inside", id, inside);
    }
    on eEnd do (id: int) {
      assert id == inside;
      goto Out;
    }
  }
}

machine Worker {
  var id: int;
  start state Run {
    entry (i: int) {
      id = i;
      send this, eGo;
    }
    on eGo do {
      announce eBegin, id;
      raise eStep;
    }
    on eStep do {
      announce eEnd, id;
    }
  }
}

machine Main {
  start state Start {
    entry {
      new Worker(1);
      new Worker(2);
      new Worker(3);
    }
  }
}

test tcAtomic [main = Main]: assert NoOverlap in { Main, Worker };
