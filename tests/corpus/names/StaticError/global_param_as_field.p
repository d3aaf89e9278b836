// A machine field cannot reuse the name of a global param (reference 3.2 additional rules, 4.8).
param nClients: int;
machine Server {
  var nClients: int; // error: P0208
  start state S { }
}
