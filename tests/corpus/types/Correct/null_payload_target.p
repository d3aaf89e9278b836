// Rule 5.2.13: the null type accepts only null, e.g. the payload of an event declared without a type (reference 5.2, 6.2).
event ePing;
machine Pinger {
  var self: machine;
  start state S {
    entry {
      self = this;
      send self, ePing;
      send self, ePing, null;
      announce ePing, null;
    }
    on ePing goto T;
  }
  state T {
    ignore ePing;
  }
}
