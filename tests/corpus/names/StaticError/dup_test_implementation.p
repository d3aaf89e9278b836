// Tests and implementations share one namespace (reference 3.2 row "test / implementation", 7.2).
machine Driver {
  start state S { }
}
implementation Deploy [main = Driver]: { Driver };
test Deploy [main = Driver]: { Driver }; // error: P0201
