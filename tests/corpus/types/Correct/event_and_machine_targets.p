// Rules 5.2.3 and 5.2.4: `event` accepts events and null; `machine` accepts machine, null and any permission type.
event eA;
event eB: int;
eventset esA = { eA };
interface IA() receives eA;
machine Worker receives eA; {
  start state S { ignore eA; }
}
machine Hub {
  var e: event;
  var m: machine;
  var w: Worker;
  var i: IA;
  var s: esA;
  start state S {
    entry {
      e = eA;
      e = eB;
      e = halt;
      e = null;
      m = null;
      m = this;
      w = new Worker();
      m = w;
      i = w to IA;
      m = i;
      s = w to esA;
      m = s;
      m = m;
    }
  }
}
