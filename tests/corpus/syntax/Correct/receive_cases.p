// `receive` with several cases, a case listing two events, and a case with a parameter (reference 2.4, 8.6).
event eOk: int;
event eFail;
event eTimeout;
event eBatch: (int, string);

fun Await(): int {
  var r: int;
  receive {
    case eOk: (x: int) { r = x; }
    case eFail, eTimeout: { r = -1; }
    case eBatch: (b: (int, string)) { r = b.0; }
  }
  return r;
}

machine Waiter {
  var got: int;
  start state S {
    entry {
      got = Await();
      receive {
        case eOk: (x: int) { got = got + x; }
      }
    }
  }
}
