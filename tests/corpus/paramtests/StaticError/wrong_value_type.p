// Values must be literals of exactly the param's type (reference 7.3 rule 1).
param n: int;
param flag: bool;
machine Driver {
  start state S { }
}
test param (n in [true]) tcBoolForInt [main = Driver]: { Driver }; // error: P0609
test param (flag in [0, 1]) tcIntForBool [main = Driver]: { Driver }; // error: P0609
