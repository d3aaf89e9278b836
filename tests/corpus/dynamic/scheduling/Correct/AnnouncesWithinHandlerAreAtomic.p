// Announce, raise and pure computation are no scheduling points, so enter/exit announced in one handler with no send between them can never be split by another machine (8.10).
event eEnter: int;
event eExit: int;
event eGo;
event eLeave;

spec Exclusive observes eEnter, eExit {
  var inside: int;
  start state Watch {
    on eEnter do (who: int) {
      assert inside == 0, format("{0} entered while {1} inside", who, inside);
      inside = who;
    }
    on eExit do (who: int) { inside = 0; }
  }
}

machine Worker {
  var id: int;
  var rounds: int;
  start state W {
    entry (n: int) { id = n; send this, eGo; }
    on eGo do {
      announce eEnter, id;
      rounds = rounds + 1;
      raise eLeave;
    }
    on eLeave do {
      announce eExit, id;
      if (rounds < 5) { send this, eGo; }
    }
  }
}

machine Main {
  start state Run {
    entry {
      new Worker(1);
      new Worker(2);
    }
  }
}

test tcExclusive [main=Main]: assert Exclusive in { Main, Worker };
