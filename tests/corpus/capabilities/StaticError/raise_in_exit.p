// An exit handler must not raise (reference 6.4 rule 2, 6.7 item 18 RaiseInExitFun; reported at the handler, as the reference does).
event eOops;
machine Worker {
  start state S {
    exit { // error: P0407
      raise eOops;
    }
    on eOops goto T;
  }
  state T { }
}
