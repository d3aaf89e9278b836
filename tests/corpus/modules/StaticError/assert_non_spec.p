// `assert` expects spec monitors: a machine is rejected (reference 7.1).
machine Helper {
  start state S { }
}
machine Driver {
  start state S { }
}
test tcAssert [main = Driver]: assert Helper in { Driver, Helper }; // error: P0606
