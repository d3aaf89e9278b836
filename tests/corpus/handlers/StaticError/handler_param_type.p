// An anonymous handler's parameter must accept the event's payload (reference 6.3, 6.7 item 8 payloadActions).
event eNum: int;
event eAny: any;
machine Handler {
  start state S {
    on eNum do (s: string) { } // error: P0320
    on eAny do (n: int) { } // error: P0320
  }
}
