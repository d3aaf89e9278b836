// Every name in `param (...)` must be a declared global param, not a field or an event (reference 7.3 rule 1).
param nServers: int;
event eTick;
machine Driver {
  var nClients: int;
  start state S { }
}
test param (nClients in [1, 2]) tcUndeclared [main = Driver]: { Driver }; // error: P0609
test param (eTick in [1]) tcEvent [main = Driver]: { Driver }; // error: P0609
