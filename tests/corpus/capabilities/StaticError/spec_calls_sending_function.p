// A spec must not call a global function that sends (reference 6.4 rule 4, 6.7 item 19 StaticFunctionInMonitor).
event eReq;
event eLog;
fun Log(m: machine) { send m, eLog; }
spec Auditor observes eReq {
  var sink: machine;
  start state S {
    on eReq do {
      Log(sink); // error: P0411
    }
  }
}
