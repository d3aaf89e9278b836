// A module expression naming an unknown module (reference 7.1).
machine Driver {
  start state S { }
}
module Sys = { Driver };
test tcUnknown [main = Driver]: union Sys, Clients; // error: P0213
test tcTypo [main = Driver]: Systm; // error: P0213
