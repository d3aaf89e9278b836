// A component's hidden event stays private in a union whose other components neither send, receive nor carry permissions for it (reference 7.1 union, hidee).
event eJob: int;
event eReport: int;
machine Dispatcher receives eReport; sends eJob; {
  start state S {
    entry {
      var w: Worker;
      w = new Worker();
      send w, eJob, 7;
    }
    on eReport do (n: int) { assert n >= 0; }
  }
}
machine Worker receives eJob; sends; {
  start state S { on eJob do (n: int) { print format("job {0}", n); } }
}
machine Auditor receives eReport; sends; {
  start state S { ignore eReport; }
}
module Pool = hidee eJob in { Dispatcher, Worker };
test tcPrivateJob [main = Dispatcher]: union Pool, { Auditor };
