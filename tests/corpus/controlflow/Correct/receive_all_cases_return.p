// A receive surely returns if all of its case bodies do (here via `assert false`); `return;` is allowed in a case body (reference 6.2, 6.5).
event eYes;
event eNo;
event eCrash;
event eHang;
event eCount: int;
fun Ask(): bool {
  var answer: bool;
  receive {
    case eYes: { answer = true; }
    case eNo: { answer = false; }
  }
  return answer;
}
fun NeverReplies(): int {
  receive {
    case eCrash: { assert false, "crashed"; }
    case eHang: { assert false; }
  }
}
machine Asker {
  var answer: bool;
  start state S {
    entry {
      answer = Ask();
      receive {
        case eCount: (n: int) { if (n == 0) { return; } answer = false; }
      }
    }
  }
}
