// A hidden event must not occur in the permissions carried by a public event's payload (reference 7.1 hidee).
event eJob: int;
event eHello: Worker;
machine Dispatcher receives eHello; sends eJob; {
  start state S {
    entry {
      var w: Worker;
      w = new Worker();
      send w, eJob, 7;
    }
    on eHello do (w: Worker) { }
  }
}
machine Worker receives eJob; sends eHello; {
  start state S { on eJob do (n: int) { } }
}
test tcHide [main = Dispatcher]: hidee eJob in { Dispatcher, Worker }; // error: P0608
