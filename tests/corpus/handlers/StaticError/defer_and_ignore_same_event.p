// An event both deferred and ignored in one state (reference 6.3, 6.7 item 4 DeferIgnoreSameEvent).
event eNoise;
machine Filter {
  start state S {
    defer eNoise;
    ignore eNoise; // error: P0403
  }
}
