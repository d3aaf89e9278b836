// A named module defined in terms of an unknown module (reference 7.1).
machine Driver {
  start state S { }
}
module Sys = union { Driver }, Backend; // error: P0213
test tcSys [main = Driver]: Sys;
