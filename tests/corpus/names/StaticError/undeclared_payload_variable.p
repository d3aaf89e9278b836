// The pre-P3 implicit `payload` variable no longer exists (reference 6.7 item 6).
event eData: int;
machine Sink {
  var last: int;
  start state S {
    on eData do {
      last = payload; // error: P0202
    }
  }
}
