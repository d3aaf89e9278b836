// In a union, a component may not send an event another component hid (reference 7.1 union: private-event hygiene).
event eJob: int;
machine Dispatcher receives; sends eJob; {
  start state S {
    entry {
      var w: Worker;
      w = new Worker();
      send w, eJob, 7;
    }
  }
}
machine Worker receives eJob; sends; {
  start state S { on eJob do (n: int) { } }
}
machine Intruder receives; sends eJob; {
  start state S { }
}
test tcLeak [main = Dispatcher]: union (hidee eJob in { Dispatcher, Worker }), { Intruder }; // error: P0607
