// A spec must not be attached twice to the same module (reference 7.1).
event eReq;
spec Safety observes eReq {
  start state S { ignore eReq; }
}
machine Driver {
  start state S { }
}
test tcTwice [main = Driver]: assert Safety in assert Safety in { Driver }; // error: P0606
