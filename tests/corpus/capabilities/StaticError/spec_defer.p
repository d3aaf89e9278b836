// A spec cannot defer events (reference 4.6, 6.7 item 19 NoDeferInSpecMachine).
event eReq;
event eResp;
spec Ordering observes eReq, eResp {
  start state S {
    defer eResp; // error: P0410
    on eReq goto T;
  }
  state T {
    ignore eReq, eResp;
  }
}
