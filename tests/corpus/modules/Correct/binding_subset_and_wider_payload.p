// `M -> I` needs I's receive set within M's and M's payload type to accept I's payload; default receive sets accept everything (reference 7.1).
event eInc;
event eDec;
interface ICounter(int) receives eInc;
interface IAnything() receives eInc, eDec;
machine Counter receives eInc, eDec; {
  var n: any;
  start state S {
    entry (init: any) { n = init; }
    on eInc, eDec do { }
  }
}
machine Universal {
  start state S {
    ignore eInc, eDec;
  }
}
machine Driver {
  start state S {
    entry {
      new ICounter(1);
      new IAnything();
    }
  }
}
test tcCounters [main = Driver]: { Driver, Counter -> ICounter, Universal -> IAnything };
