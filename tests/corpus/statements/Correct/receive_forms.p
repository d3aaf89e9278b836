// receive: parameter cases, payloadless cases, `return;`, raise in a void function, receive in a global function and in handlers (reference 6.2, 8.6).
event eOk: int;
event eErr: string;
event eStop;
event eAny: any;
fun WaitOk(): int {
  var v: int;
  receive {
    case eOk: (x: int) { v = x; }
    case eStop: { v = -1; }
  }
  return v;
}
machine Waiter {
  var last: int;
  var all: any;
  start state S {
    entry {
      last = WaitOk();
      receive {
        case eErr: (msg: string) { print msg; return; }
        case eAny: (a: any) { all = a; }
        case eOk: (n: any) { all = n; }
        case eStop: { raise eStop; }
      }
    }
    on eStop goto T;
  }
  state T {
    exit {
      receive { case eStop, halt: { } }
    }
  }
}
