// `this` inside a machine has the machine's permission type (reference 6.1).
event ePing: Pinger;
machine Pinger receives ePing; {
  var me: Pinger;
  var m: machine;
  start state S {
    entry {
      me = this;
      m = this;
      send me, ePing, this;
    }
    on ePing do (from: Pinger) { m = from; }
  }
}
