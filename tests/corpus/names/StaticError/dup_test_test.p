// Duplicate test names (reference 3.2 row "test / implementation").
machine Driver {
  start state S { }
}
test tcMain [main = Driver]: { Driver };
test tcMain [main = Driver]: { Driver }; // error: P0201
