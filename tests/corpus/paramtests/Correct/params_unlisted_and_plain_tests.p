// Params not listed keep their defaults; plain tests and parameterised tests coexist (reference 7.3 rules 6-7).
param nWorkers: int;
param debug: bool;
machine Pool {
  start state S {
    entry {
      var i: int;
      while (i < nWorkers) { i = i + 1; }
      if (debug) { print "debug"; }
    }
  }
}
test tcDefault [main = Pool]: { Pool };
test param (nWorkers in [0, 2]) tcWorkers [main = Pool]: { Pool };
test param (debug in [true]) tcDebug [main = Pool]: { Pool };
