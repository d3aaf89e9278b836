// A binding or assert naming an unknown machine or spec (reference 7.1).
machine Driver {
  start state S { }
}
test tcBind [main = Driver]: { Driver, Sever }; // error: P0212
test tcAssert [main = Driver]: assert Safty in { Driver }; // error: P0212
