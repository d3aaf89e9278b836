// Mixing int and bool values in one list is an error (reference 7.3 rule 1).
param n: int;
machine Driver {
  start state S { }
}
test param (n in [1, false, 2]) tcMixed [main = Driver]: { Driver }; // error: P0609
