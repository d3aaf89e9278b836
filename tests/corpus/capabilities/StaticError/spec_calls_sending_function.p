// A spec must not call a global function that sends; reported at the function and the spec handler, as the reference does (reference 6.4 rules 3-4, 6.7 item 19 StaticFunctionInMonitor).
event eReq;
event eLog;
fun Log(m: machine) { send m, eLog; } // error: P0411
spec Auditor observes eReq {
  var sink: machine;
  start state S {
    on eReq do { // error: P0411
      Log(sink);
    }
  }
}
