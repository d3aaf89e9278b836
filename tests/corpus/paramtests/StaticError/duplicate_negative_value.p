// A repeated negative integer value, and a name listed twice (reference 7.3 rule 1).
param n: int;
param m: int;
machine Driver {
  start state S { }
}
test param (n in [-1, 0, -1]) tcDupNeg [main = Driver]: { Driver }; // error: P0609
test param (n in [1], m in [2], n in [3]) tcDupName [main = Driver]: { Driver }; // error: P0609
