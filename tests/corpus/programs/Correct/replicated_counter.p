// Primary/backup replicated counter: declared interfaces bound with `Impl -> I`, event-set permission types, `to` coercion, defer, announce and an implementation (reference 4.3, 4.4, 6.1, 7.1, 7.2).
event eIncrement: (client: machine, amount: int);
event eIncrementAck: int;
event eReplicate: (seqNo: int, value: int);
event eReplicateAck: int;
event eRegisterPrimary: machine;
event eCommitted: int;

eventset esReplicaInbox = { eReplicate, eRegisterPrimary };
interface IReplica() receives eReplicate, eRegisterPrimary;
interface IPrimary(int) receives eIncrement, eReplicateAck;

machine Backup receives eReplicate, eRegisterPrimary; sends eReplicateAck; {
  var primary: machine;
  var value: int;
  var lastSeq: int;
  start state WaitPrimary {
    on eRegisterPrimary goto Replicating with (p: machine) { primary = p; }
    defer eReplicate;
  }
  state Replicating {
    on eReplicate do (r: (seqNo: int, value: int)) {
      assert r.seqNo == lastSeq + 1, format("expected {0}, got {1}", lastSeq + 1, r.seqNo);
      lastSeq = r.seqNo;
      value = r.value;
      send primary to IPrimary, eReplicateAck, r.seqNo;
    }
    ignore eRegisterPrimary;
  }
}

machine Primary receives eIncrement, eReplicateAck; sends eReplicate, eRegisterPrimary, eIncrementAck, eCommitted; {
  var replicas: seq[esReplicaInbox];
  var value: int;
  var seqNo: int;
  var pendingAcks: int;
  var waiting: machine;
  start state Setup {
    entry (nReplicas: int) {
      var i: int;
      var r: IReplica;
      while (i < nReplicas) {
        r = new IReplica();
        send r, eRegisterPrimary, this;
        replicas += (i, r);
        i = i + 1;
      }
      goto Idle;
    }
  }
  state Idle {
    on eIncrement do (req: (client: machine, amount: int)) {
      var rep: esReplicaInbox;
      value = value + req.amount;
      seqNo = seqNo + 1;
      waiting = req.client;
      pendingAcks = sizeof(replicas);
      foreach (rep in replicas) {
        send rep, eReplicate, (seqNo = seqNo, value = value);
      }
      if (pendingAcks == 0) { Commit(); } else { goto Replicating; }
    }
    ignore eReplicateAck;
  }
  state Replicating {
    defer eIncrement;
    on eReplicateAck do (n: int) {
      if (n == seqNo) { pendingAcks = pendingAcks - 1; }
      if (pendingAcks == 0) {
        Commit();
        goto Idle;
      }
    }
  }
  fun Commit() {
    announce eCommitted, value;
    send waiting, eIncrementAck, value;
  }
}

machine CounterClient receives eIncrementAck; {
  var primary: IPrimary;
  var lastSeen: int;
  start state Run {
    entry {
      var n: int;
      primary = new IPrimary(2);
      while (n < 3) {
        send primary, eIncrement, (client = this, amount = choose(5) + 1);
        receive {
          case eIncrementAck: (v: int) {
            assert v > lastSeen, "counter went backwards";
            lastSeen = v;
          }
        }
        n = n + 1;
      }
    }
  }
}

spec CommittedValuesIncrease observes eCommitted {
  var last: int;
  start state Watching {
    on eCommitted do (v: int) {
      assert v > last, format("committed {0} after {1}", v, last);
      last = v;
    }
  }
}

module Replication = { Primary -> IPrimary, Backup -> IReplica };
test tcReplicated [main = CounterClient]: assert CommittedValuesIncrease in (union { CounterClient }, Replication);
implementation Deployment [main = CounterClient]: union { CounterClient }, Replication;
