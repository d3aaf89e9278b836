// A binding must name a machine: an interface or an event cannot implement an interface (reference 7.1).
event eTick;
interface IWorker() receives eTick;
interface IOther() receives eTick;
machine Driver {
  start state S { }
}
test tcIface [main = Driver]: { Driver, IOther -> IWorker }; // error: P0605
test tcEvent [main = Driver]: { Driver, eTick }; // error: P0605
