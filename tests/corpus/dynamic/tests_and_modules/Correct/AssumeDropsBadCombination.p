// The assume filter removes (replicas = 1, quorum = 2), so every generated case reaches its quorum (7.3 assume).
param replicas: int;
param quorum: int;

machine Coordinator {
  start state Vote {
    entry {
      var acks: int;
      var i: int;
      while (i < replicas) {
        acks = acks + 1;
        i = i + 1;
      }
      assert acks >= quorum, format("{0} acks for a quorum of {1}", acks, quorum);
    }
  }
}

test param (replicas in [1, 3], quorum in [1, 2]) assume (replicas >= quorum) tcQuorum [main = Coordinator]: { Coordinator };
