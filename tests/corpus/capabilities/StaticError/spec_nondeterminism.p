// A spec must not use `$`, `$$` (reported where written) or `choose` (reported at the handler, as the reference does) (reference 4.6, 6.7 item 19).
event eReq;
spec Watchdog observes eReq {
  var b: bool;
  var i: int;
  start state S {
    on eReq do { // error: P0409
      b = $; // error: P0409
      b = $$; // error: P0409
      i = choose(3);
    }
  }
}
