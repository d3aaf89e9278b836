// A repeated integer value in one parameter list (reference 7.3 rule 1, 6.7 item 21 ParamTest3).
param n: int;
machine Driver {
  start state S { }
}
test param (n in [1, 2, 1]) tcDup [main = Driver]: { Driver }; // error: P0609
