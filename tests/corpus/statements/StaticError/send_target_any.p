// The target of send must be assignable to machine; `any` and `data` are not (reference 6.2 send, 5.2).
event ePing;
machine Main {
  start state S {
    entry {
      var a: any;
      var d: data;
      a = this;
      send a, ePing; // error: P0323
      send d, ePing; // error: P0323
    }
    ignore ePing;
  }
}
