// Errors inside a named module are reported at the module declaration, which a test uses (reference 7.1).
event eReq;
spec Safety observes eReq {
  start state S { ignore eReq; }
}
machine Driver {
  start state S { }
}
module Sys = { Driver, Safety }; // error: P0605
test tcSys [main = Driver]: Sys;
