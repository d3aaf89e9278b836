// Rule 5.2.5: permission types are assignable iff their event sets are equal; default-receive machines are interchangeable (reference 5.2, App. B 15).
event eGet;
event ePut;
eventset esStore = { eGet, ePut };
interface IStore() receives ePut, eGet;
machine Store receives eGet, ePut; {
  start state S { ignore eGet, ePut; }
}
machine Anything {
  start state S { }
}
machine Everything {
  start state S { }
}
machine Owner {
  var st: Store;
  var ist: IStore;
  var es: esStore;
  var a: Anything;
  var b: Everything;
  start state S {
    entry {
      st = new Store();
      ist = st;
      es = ist;
      st = es;
      a = new Anything();
      b = a;
      a = new Everything();
      b = this;
    }
  }
}
