// A monitor handling an event it does not observe: the handler can never fire (reference 4.6).
event eReq;
event eResp;
spec Watch observes eReq {
  start state S {
    on eReq do { }
    on eResp do { } // warning: P0805
  }
}
machine Main {
  start state S { entry { announce eReq; announce eResp; } }
}
test tcWatch [main = Main]: assert Watch in { Main };
