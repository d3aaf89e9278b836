// bug: assertion
// Three workers tick five times each; the judge fails when worker 0 finishes before either other worker starts, a prefix of about 15 decisions that random scheduling rarely takes (8.10, 9.5).
event eTick; event eStep: int;
machine Main {
  start state S {
    entry {
      var j: machine; var i: int;
      j = new Judge();
      while (i < 3) { new Worker((id = i, j = j)); i = i + 1; }
    }
  }
}
machine Worker {
  var id: int; var j: machine; var i: int;
  start state S {
    entry (a: (id: int, j: machine)) { id = a.id; j = a.j; send this, eTick; }
    on eTick do {
      send j, eStep, id;
      i = i + 1;
      if (i < 5) { send this, eTick; }
    }
  }
}
machine Judge {
  var seen: map[int, int];
  start state S {
    entry { seen[0] = 0; seen[1] = 0; seen[2] = 0; }
    on eStep do (id: int) {
      seen[id] = seen[id] + 1;
      assert !(seen[0] == 5 && seen[1] + seen[2] == 0), "worker 0 finished before the others started";
    }
  }
}
