// A hidden event must not occur in the permissions of a constructor payload of an interface in the module (reference 7.1 hidee).
event eJob: int;
machine Dispatcher receives; sends eJob; {
  start state S {
    entry {
      var w: Worker;
      w = new Worker();
      new Observer(w);
      send w, eJob, 7;
    }
  }
}
machine Worker receives eJob; sends; {
  start state S { on eJob do (n: int) { } }
}
machine Observer receives; sends; {
  start state S { entry (w: Worker) { } }
}
test tcHide [main = Dispatcher]: hidee eJob in { Dispatcher, Worker, Observer }; // error: P0608
