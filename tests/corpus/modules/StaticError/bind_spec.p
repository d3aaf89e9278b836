// A spec or scenario cannot be bound in a module: it declares no interface (reference 7.1).
event eTick;
spec Safety observes eTick {
  start state S { ignore eTick; }
}
scenario Seen observes eTick {
  start state S { on eTick goto Done; }
  cold state Done { ignore eTick; }
}
machine Driver {
  start state S { }
}
test tcSpec [main = Driver]: { Driver, Safety }; // error: P0605
test tcScenario [main = Driver]: { Driver, Seen }; // error: P0605
