// Only int and bool params can be set by a test (reference 4.8, 7.3).
param name: string;
param ratio: float;
machine Driver {
  start state S { }
}
test param (name in [1]) tcString [main = Driver]: { Driver }; // error: P0609
test param (ratio in [2]) tcFloat [main = Driver]: { Driver }; // error: P0609
