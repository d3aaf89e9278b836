// `receive` cases listing several events with one parameter, `case halt`/`case null`, nested receives and a receive loop (reference 2.4, 6.2, 8.6).
event eNum: int;
event eOther: int;
event eText: string;
event eDone;
machine Collector {
  var total: int;
  var notes: seq[string];
  start state S {
    entry {
      var finished: bool;
      while (!finished) {
        receive {
          case eNum, eOther: (n: int) { total = total + n; }
          case eText: (t: string) {
            notes += (sizeof(notes), t);
            receive {
              case eNum: (k: int) { total = total - k; }
              case eDone: { finished = true; }
            }
          }
          case eDone, null: { finished = true; }
        }
      }
      receive {
        case eNum, eText: (anything: any) { print format("got {0}", anything); }
        case halt: (h: any) { assert h == null; }
      }
    }
  }
}
