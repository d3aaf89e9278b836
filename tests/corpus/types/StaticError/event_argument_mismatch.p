// Rule 5.2.3 in argument position: an event parameter rejects a string or an enum (reference 5.2).
enum tKind { KA, KB }
fun Dispatch(e: event) { }
machine Caller {
  start state S {
    entry {
      Dispatch("eStart"); // error: P0301
      Dispatch(KA); // error: P0301
    }
  }
}
