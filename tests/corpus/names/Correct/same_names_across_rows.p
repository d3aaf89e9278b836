// Names from different rows of the duplicate table never clash: an event named like a machine, a function named like a machine, a state named like an event, tuple fields named like types (reference 3.2, 3.3).
event Worker;
event Go;
type tInfo = (Worker: int, Go: bool, tInfo: string);
machine Worker {
  start state S { ignore Worker; }
}
fun Worker(): Worker { return new Worker(); }
machine Main {
  var info: tInfo;
  start state Idle {
    entry {
      var w: Worker;
      w = Worker();
      send w, Worker;
      info.Worker = 1;
      info.Go = true;
      info.tInfo = "x";
      raise Go;
    }
    on Go goto Go;
  }
  state Go { }
}
