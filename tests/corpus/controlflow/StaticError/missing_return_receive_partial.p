// A receive surely returns only if all of its case bodies do (reference 6.5).
event eCrash;
event eDone;
fun Wait(): int { // error: P0501
  receive {
    case eCrash: { assert false, "crashed"; }
    case eDone: { }
  }
}
