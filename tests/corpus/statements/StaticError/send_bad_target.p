// The target of `send` must be assignable to machine: not an int, string or `any` (reference 6.2).
event ePing;
machine Sender {
  var a: any;
  start state S {
    entry {
      send 5, ePing; // error: P0323
      send "server", ePing; // error: P0323
      send a, ePing; // error: P0323
    }
    ignore ePing;
  }
}
