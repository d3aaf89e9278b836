// Two specs, two tests: the spec that neither test asserts is reported as never checked.
event eOpen;
event eClose;
spec OpensBeforeCloses observes eOpen, eClose {
  start state Closed {
    on eOpen goto Open;
  }
  state Open {
    on eClose goto Closed;
    ignore eOpen;
  }
}
spec CountsCloses observes eClose { // warning: P0801
  var closes: int;
  start state Counting {
    on eClose do { closes = closes + 1; }
  }
}
machine Door {
  start state S {
    entry {
      announce eOpen;
      announce eClose;
    }
  }
}
test tcDoor [main = Door]: assert OpensBeforeCloses in { Door };
test tcDoorUnwatched [main = Door]: { Door };
