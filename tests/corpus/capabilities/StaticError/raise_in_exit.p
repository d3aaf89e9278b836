// An exit handler must not raise (reference 6.4 rule 2, 6.7 item 18 RaiseInExitFun).
event eOops;
machine Worker {
  start state S {
    exit {
      raise eOops; // error: P0407
    }
    on eOops goto T;
  }
  state T { }
}
