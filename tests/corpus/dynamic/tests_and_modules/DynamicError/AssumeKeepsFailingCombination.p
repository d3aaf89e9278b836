// bug: assertion
// The assume filter keeps (replicas = 1, quorum = 2), the only combination whose quorum can never be reached (7.3).
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

test param (replicas in [1, 3], quorum in [1, 2]) assume (replicas > 1 || quorum > 1) tcQuorum [main = Coordinator]: { Coordinator };
