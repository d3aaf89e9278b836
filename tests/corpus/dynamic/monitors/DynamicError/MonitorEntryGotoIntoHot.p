// bug: liveness
// A spec state's entry immediately gotos a hot state; nothing observed afterwards cools it, so the run ends hot (8.8 goto in entry, 8.11).
event eStart;
event eAck;

spec AckAfterStart observes eStart, eAck {
  start cold state Idle {
    on eStart goto Started;
    ignore eAck;
  }
  state Started {
    entry { goto AwaitAck; }
  }
  hot state AwaitAck {
    on eAck goto Idle;
    ignore eStart;
  }
}

machine Main {
  start state Run {
    entry {
      announce eAck;
      announce eStart;
    }
  }
}

test tcAck [main=Main]: assert AckAfterStart in { Main };
