// bug: deadlock
// A global helper blocks the calling machine in receive; the answer goes to someone else (4.7, 8.6).
event eQuery: machine;
event eAnswer: int;

fun AskOracle(oracle: machine, replyTo: machine): int {
  var result: int;
  send oracle, eQuery, replyTo;
  receive {
    case eAnswer: (x: int) { result = x; }
  }
  return result;
}

machine Oracle {
  start state Answer {
    on eQuery do (who: machine) {
      send who, eAnswer, 42;
    }
  }
}

machine Bystander {
  start state Idle {
    on eAnswer do (x: int) { }
  }
}

machine Main {
  start state Start {
    entry {
      var o: Oracle;
      var b: Bystander;
      o = new Oracle();
      b = new Bystander();
      AskOracle(o, b);
    }
  }
}
