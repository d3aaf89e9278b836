// The main machine only needs its machine name bound, here to another interface (reference 7.2: "a machine whose machine name is the main name").
event ePing;
interface IDriver() receives ePing;
machine Driver receives ePing; {
  start state S {
    entry { send this, ePing; }
    ignore ePing;
  }
}
test tcDrive [main = Driver]: { Driver -> IDriver };
