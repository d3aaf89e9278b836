// The main machine's start entry must take no parameter, also when it is a named function (reference 7.2).
machine Driver {
  start state Init { entry Boot; }
  fun Boot(n: int) { }
}
test tcDrive [main = Driver]: { Driver }; // error: P0602
