// A declared name that is not an event (an enum element) used in an on/ignore clause (reference 3.3, 6.7 item 6).
event eGo;
enum tCmd { Start, Stop }
machine Runner {
  start state S {
    on eGo do { }
    on Start do { } // error: P0211
    ignore Stop; // error: P0211
  }
}
