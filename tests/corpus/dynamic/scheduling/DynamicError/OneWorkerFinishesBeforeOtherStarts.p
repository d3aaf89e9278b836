// bug: assertion
// Two workers tick seven times each through self-sends; the judge fails only when one finishes every tick before the other has started: about one random schedule in 1,000 does that, while a PCT schedule (every third of the default portfolio) does it often (8.10, 9.5).
event eTick; event eStep: (id: int, i: int);
machine Main {
  start state S {
    entry {
      var j: machine;
      j = new Judge();
      new Worker((id = 0, j = j));
      new Worker((id = 1, j = j));
    }
  }
}
machine Worker {
  var id: int; var j: machine; var i: int;
  start state S {
    entry (a: (id: int, j: machine)) { id = a.id; j = a.j; send this, eTick; }
    on eTick do {
      send j, eStep, (id = id, i = i);
      i = i + 1;
      if (i < 7) { send this, eTick; }
    }
  }
}
machine Judge {
  var seen: map[int, int];
  start state S {
    entry { seen[0] = 0; seen[1] = 0; }
    on eStep do (s: (id: int, i: int)) {
      seen[s.id] = seen[s.id] + 1;
      assert !(seen[0] == 7 && seen[1] == 0), "worker 0 finished before worker 1 started";
    }
  }
}
