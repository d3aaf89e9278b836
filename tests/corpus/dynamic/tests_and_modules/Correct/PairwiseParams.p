// A pairwise test over three parameters runs a covering subset of combinations, each of which is correct (7.3 t-wise).
param nodes: int;
param secure: bool;
param batch: int;

machine Planner {
  start state Plan {
    entry {
      var work: int;
      var perNode: int;
      work = nodes * batch;
      if (secure) {
        work = work + nodes;
      }
      perNode = work / nodes;
      assert perNode >= batch, format("per-node work {0} below batch {1}", perNode, batch);
    }
  }
}

test param (nodes in [1, 2, 4], secure in [true, false], batch in [1, 8]) pairwise tcPlan [main = Planner]: { Planner };
