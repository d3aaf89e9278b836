// A t-wise number above the number of parameters (reference 7.3 rule 4, 6.7 item 21).
param a: int;
param b: int;
machine Driver {
  start state S { }
}
test param (a in [1, 2], b in [3, 4]) (3 wise) tcThree [main = Driver]: { Driver }; // error: P0610
test param (a in [1]) (2 wise) tcTwo [main = Driver]: { Driver }; // error: P0610
