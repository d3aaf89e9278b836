// `pairwise` means 2-wise; with a single parameter it is not range-checked (and generates no test) (reference 7.3).
param nNodes: int;
param nRounds: int;
param faulty: bool;
machine Cluster {
  start state S {
    entry {
      assert nNodes >= 1 && nRounds >= 0;
      if (faulty) { print "faulty"; }
    }
  }
}
test param (nNodes in [1, 3, 5], nRounds in [0, 10], faulty in [true, false]) pairwise tcPairs [main = Cluster]: { Cluster };
test param (nNodes in [2, 4]) pairwise tcSingle [main = Cluster]: { Cluster };
