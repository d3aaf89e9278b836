// A spec ignores eData before a session opens and checks it afterwards; every observed event is handled or ignored in every state it can be in (8.8).
event eOpen;
event eData: int;
event eClose;

spec SessionData observes eOpen, eData, eClose {
  var inSession: int;
  start cold state Closed {
    ignore eData, eClose;
    on eOpen goto Open;
  }
  hot state Open {
    entry { inSession = 0; }
    on eData do (n: int) { inSession = inSession + 1; assert n > 0; }
    on eClose goto Closed;
    ignore eOpen;
  }
}

machine Main {
  start state Run {
    entry {
      announce eData, -5;
      announce eOpen;
      announce eData, 1;
      announce eData, 2;
      announce eClose;
      announce eData, -1;
    }
  }
}

test tcSession [main=Main]: assert SessionData in { Main };
