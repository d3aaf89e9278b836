// A named `do` handler that does not exist (reference 3.3, 6.7 item 6).
event eReq;
machine Server {
  start state S {
    on eReq do HandleReq; // error: P0203
  }
}
