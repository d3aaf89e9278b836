// The main machine must be a bound non-spec machine, not a spec or an interface (reference 7.2).
event eTick;
interface IDriver() receives;
spec Safety observes eTick {
  start state S { ignore eTick; }
}
machine Driver {
  start state S { }
}
machine DriverImpl {
  start state S { }
}
test tcSpecMain [main = Safety]: assert Safety in { Driver }; // error: P0602
test tcInterfaceMain [main = IDriver]: { DriverImpl -> IDriver }; // error: P0602
