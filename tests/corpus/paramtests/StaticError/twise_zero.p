// A t-wise number below 1 (reference 7.3 rule 4, 6.7 item 21 ParamTest4).
param a: int;
param b: int;
machine Driver {
  start state S { }
}
test param (a in [1, 2], b in [3, 4]) (0 wise) tcZero [main = Driver]: { Driver }; // error: P0610
