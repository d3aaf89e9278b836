// A hidden event must not be receivable by an interface that is bound but never created in the module (the main machine here receives everything) (reference 7.1 hidee).
event eJob: int;
machine Dispatcher sends eJob; {
  start state S {
    entry {
      var w: Worker;
      w = new Worker();
      send w, eJob, 7;
    }
    ignore eJob;
  }
}
machine Worker receives eJob; sends; {
  start state S { on eJob do (n: int) { } }
}
test tcHide [main = Dispatcher]: hidee eJob in { Dispatcher, Worker }; // error: P0608
