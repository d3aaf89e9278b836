// The test's module must bind the main machine (reference 7.2).
machine Driver {
  start state S { }
}
machine Server {
  start state S { }
}
test tcMissing [main = Driver]: { Server }; // error: P0602
