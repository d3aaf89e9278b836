// A named handler's parameter must accept the event's payload (reference 6.3, 6.7 item 8 payloadActionsFuns).
event eName: string;
machine Handler {
  start state S {
    on eName do Handle; // error: P0320
  }
  fun Handle(n: int) { }
}
