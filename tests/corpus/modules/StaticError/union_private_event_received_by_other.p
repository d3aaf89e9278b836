// In a union, a component may not receive an event another component hid; a machine without a receives clause receives every event (reference 7.1 union, 4.5).
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
machine Listener sends; {
  start state S { ignore eJob; }
}
module Pool = hidee eJob in { Dispatcher, Worker };
test tcLeak [main = Dispatcher]: union Pool, { Listener }; // error: P0607
