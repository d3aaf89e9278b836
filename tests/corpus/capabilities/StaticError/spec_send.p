// A spec must not send (reference 4.6, 6.4 rule 3, 6.7 item 19 SendInMonitor).
event eReq;
event eAlarm;
spec Watchdog observes eReq {
  var target: machine;
  start state S {
    on eReq do {
      send target, eAlarm; // error: P0409
    }
  }
}
