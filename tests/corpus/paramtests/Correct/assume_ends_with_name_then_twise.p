// An assume expression that ends with a name, followed by `(N wise)`: `fast (2 wise)` is not a call of `fast` (reference 2.6 testDecl, 7.3).
param fast: bool;
param replicas: int;
param shards: int;
machine Cluster {
  start state Up {
    entry {
      if (fast) { assert replicas > 0; }
    }
  }
}
test param (fast in [true, false], replicas in [1, 2], shards in [1, 2]) assume fast (2 wise) tcFast [main = Cluster]: { Cluster };
test param (fast in [true, false], replicas in [1, 3]) assume replicas > 1 || fast (1 wise) tcEither [main = Cluster]: { Cluster };
test param (fast in [true, false], shards in [1, 2]) assume !fast pairwise tcSlow [main = Cluster]: { Cluster };
