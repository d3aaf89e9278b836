// Global params are read-only: assigning to one is a static error (reference 4.8, 6.2).
param nServers: int;
param verbose: bool;
machine Config {
  var n: int;
  start state S {
    entry {
      n = nServers;
      nServers = 3; // error: P0313
      verbose = !verbose; // error: P0313
    }
  }
}
