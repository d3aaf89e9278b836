// A spec's start entry raises an event that its start state handles by moving to the real initial state; raises in monitors are dispatched immediately (8.8).
event eInit;
event eReq: int;

spec Ordered observes eReq {
  var last: int;
  start state Boot {
    entry { raise eInit; }
    on eInit goto Checking;
  }
  state Checking {
    on eReq do (n: int) {
      assert n > last, format("request {0} after {1}", n, last);
      last = n;
    }
  }
}

machine Main {
  start state Run {
    entry {
      send this, eReq, 1;
      send this, eReq, 2;
      send this, eReq, 3;
    }
    on eReq do (n: int) { }
  }
}

test tcOrdered [main=Main]: assert Ordered in { Main };
