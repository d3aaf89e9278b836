// bug: runtime-error
// `to` on a null machine reference is a runtime error (8.3 `to`: error on null).
event ePing;
interface Pinger() receives ePing;

machine Target receives ePing; {
  start state S {
    on ePing do { }
  }
}

machine Main {
  var peer: machine;
  start state Start {
    entry {
      var p: Pinger;
      if ($) {
        peer = new Target();
      }
      p = peer to Pinger;
      send p, ePing;
    }
  }
}

test tcCoerce [main = Main]: { Main, Target, Target -> Pinger };
