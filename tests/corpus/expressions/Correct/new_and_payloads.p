// `new M(args)` with 0, 1 and several arguments (tuple payload), and `new I()` of a declared interface (reference 6.1, 6.2 payload rule).
event eUnused;
interface IWorker() receives eUnused;
machine Plain {
  start state S { }
}
machine WithInt {
  start state S { entry (n: int) { } }
}
machine WithPair {
  start state S { entry (p: (int, string)) { } }
}
machine WithAny {
  start state S { entry (a: any) { } }
}
machine Creator {
  var p: Plain;
  var w: WithInt;
  var wp: WithPair;
  var wa: WithAny;
  var iw: IWorker;
  start state S {
    entry {
      p = new Plain();
      w = new WithInt(3);
      wp = new WithPair(1, "one");
      wp = new WithPair((2, "two"));
      wa = new WithAny(null);
      wa = new WithAny((1, 2));
      iw = new IWorker();
    }
  }
}
