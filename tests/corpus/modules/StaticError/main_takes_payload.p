// The main machine's start entry must not take a parameter (reference 7.2).
machine Driver {
  start state S {
    entry (n: int) { }
  }
}
test tcPayload [main = Driver]: { Driver }; // error: P0602
