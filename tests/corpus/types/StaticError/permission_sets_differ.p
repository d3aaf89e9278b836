// Rule 5.2.5: permission types with different event sets are not assignable either way (reference 5.2, 6.7 item 8 EventSets).
event eGet;
event ePut;
eventset esRead = { eGet };
eventset esReadWrite = { eGet, ePut };
machine Store receives eGet, ePut; {
  start state S { ignore eGet, ePut; }
}
machine Client {
  var rw: esReadWrite;
  var r: esRead;
  start state S {
    entry {
      rw = new Store();
      r = rw; // error: P0301
      rw = r; // error: P0301
    }
  }
}
