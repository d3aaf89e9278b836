// A spec that lists halt in observes sees `send w, halt` like any other sent event, in send order, even though the target then halts and drops the next event (2.1 evName, 8.5 halting, 8.7).
event eX;

spec SeesHalt observes halt, eX {
  var halts: int;
  start state Counting {
    on halt do { halts = halts + 1; }
    on eX do { assert halts == 1, format("saw {0} halts before eX", halts); }
  }
}

machine Worker {
  start state Working {
    ignore eX;
  }
}

machine Main {
  start state Init {
    entry {
      var w: Worker;
      w = new Worker();
      send w, halt;
      send w, eX;
    }
  }
}

test tcSeesHalt [main = Main]: assert SeesHalt in { Main, Worker };
