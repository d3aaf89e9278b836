// Event sets and interface declarations, including an empty `receives;` interface (reference 2.1, 4.3, 4.4).
event eRead;
event eWrite: int;
event eClose;

eventset esStore = { eRead, eWrite };
eventset esAll = { eRead, eWrite, eClose, halt };
interface IStore(int) receives eRead, eWrite;
interface IMute() receives;
interface IPlain() receives eClose;

machine Store receives eRead, eWrite; {
  var value: int;
  start state Serve {
    entry (init: int) { value = init; }
    on eRead do { }
    on eWrite do (v: int) { value = v; }
  }
}
