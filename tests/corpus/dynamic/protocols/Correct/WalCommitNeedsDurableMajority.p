// test: tcAckTiming___ackBeforeQuorum_false
// Write-ahead log shipping to replicas that crash and lose their unflushed tail; commit on a durable majority; Down defers appends (8.5 defer, 8.7 announce).

// ---- PSrc/Client.p
machine WalClient receives eWriteCommitted; sends eWrite; {
  start state Writing {
    entry (cfg: (primary: IPrimary, writes: int)) {
      var i: int;
      while (i < cfg.writes) {
        send cfg.primary, eWrite, (client = this, key = format("k{0}", i), value = i * i);
        receive {
          case eWriteCommitted: (c: (key: string, lsn: tLsn)) {
            assert c.key == format("k{0}", i);
          }
        }
        i = i + 1;
      }
    }
  }
}

// Crashes and restarts replicas while the test runs.
machine FailureInjector {
  start state Inject {
    entry (cfg: (replicas: seq[IReplica], crashes: int)) {
      var n: int;
      var victim: IReplica;
      while (n < cfg.crashes) {
        victim = choose(cfg.replicas);
        send victim, eCrash;
        send victim, eRecover;
        n = n + 1;
      }
    }
  }
}

// ---- PSrc/Primary.p
machine Primary receives eWrite, eAppendAck; sends eAppend, eWriteCommitted, eCommitted; {
  var replicas: seq[IReplica];
  var log: seq[tRecord];
  var matched: map[IReplica, tLsn];
  var commitLsn: tLsn;
  var waiting: map[tLsn, machine];

  start state Init {
    entry (rs: seq[IReplica]) {
      var r: IReplica;
      replicas = rs;
      foreach (r in replicas) {
        matched[r] = 0;
      }
      goto Leading;
    }
  }

  state Leading {
    on eWrite do (w: tWrite) {
      var rec: tRecord;
      rec = (lsn = sizeof(log) + 1, key = w.key, value = w.value);
      log += (sizeof(log), rec);
      waiting[rec.lsn] = w.client;
      if (ackBeforeQuorum) {
        send w.client, eWriteCommitted, (key = w.key, lsn = rec.lsn);
        waiting -= rec.lsn;
      }
      Ship();
    }

    on eAppendAck do (a: tAppendAck) {
      if (a.durableLsn > matched[a.replica] || a.durableLsn < matched[a.replica]) {
        // a replica that lost its tail reports a smaller lsn: ship again from there
        matched[a.replica] = a.durableLsn;
      }
      AdvanceCommit();
      if (matched[a.replica] < sizeof(log)) {
        ShipTo(a.replica);
      }
    }
  }

  fun Ship() {
    var r: IReplica;
    foreach (r in replicas) {
      ShipTo(r);
    }
  }

  fun ShipTo(r: IReplica) {
    var batch: seq[tRecord];
    var i: int;
    i = matched[r];
    while (i < sizeof(log)) {
      batch += (sizeof(batch), log[i]);
      i = i + 1;
    }
    send r, eAppend, (primary = this as IPrimary, records = batch, commitLsn = commitLsn);
  }

  // The largest lsn durable on a majority of the group (the primary counts).
  fun AdvanceCommit() {
    var candidate: tLsn;
    var votes: int;
    var r: IReplica;
    var quorum: set[IReplica];
    candidate = sizeof(log);
    while (candidate > commitLsn) {
      votes = 1;
      quorum = default(set[IReplica]);
      foreach (r in keys(matched)) {
        if (matched[r] >= candidate) {
          votes = votes + 1;
          quorum += (r);
        }
      }
      if (2 * votes > sizeof(replicas) + 1) {
        CommitUpTo(candidate, quorum);
        return;
      }
      candidate = candidate - 1;
    }
  }

  fun CommitUpTo(lsn: tLsn, quorum: set[IReplica]) {
    while (commitLsn < lsn) {
      commitLsn = commitLsn + 1;
      announce eCommitted, (lsn = commitLsn, quorum = quorum);
      if (commitLsn in waiting) {
        send waiting[commitLsn], eWriteCommitted, (key = log[commitLsn - 1].key, lsn = commitLsn);
        waiting -= commitLsn;
      }
    }
  }
}

// ---- PSrc/Replica.p
// A replica appends shipped records after the ones it already has. Records
// are durable once flushed; a crash loses the unflushed tail.
machine Replica receives eAppend, eCrash, eRecover; sends eAppendAck, eDurable, eLost; {
  var log: seq[tRecord];
  var flushed: tLsn;
  var crashes: int;

  start state Up {
    on eAppend do (a: tAppend) {
      var rec: tRecord;
      foreach (rec in a.records) {
        if (rec.lsn == sizeof(log) + 1) {
          log += (sizeof(log), rec);
        }
      }
      if ($) {
        Flush();
      }
      send a.primary, eAppendAck, (replica = this as IReplica, durableLsn = flushed);
    }
    on eCrash goto Down;
    ignore eRecover;
  }

  state Down {
    entry {
      var lost: tLsn;
      crashes = crashes + 1;
      lost = flushed + 1;
      while (sizeof(log) > flushed) {
        log -= sizeof(log) - 1;
      }
      announce eLost, (replica = this as IReplica, fromLsn = lost);
    }
    defer eAppend;
    ignore eCrash;
    on eRecover goto Up;
  }

  fun Flush() {
    while (flushed < sizeof(log)) {
      flushed = flushed + 1;
      announce eDurable, (replica = this as IReplica, lsn = flushed);
    }
  }
}

// ---- PSrc/Types.p
// A primary ships its write-ahead log to replicas; a write is committed once a
// majority (primary included) has made it durable. Replicas may crash and
// come back, losing their unflushed tail.
type tLsn = int;
type tRecord = (lsn: tLsn, key: string, value: int);
type tAppend = (primary: IPrimary, records: seq[tRecord], commitLsn: tLsn);
type tAppendAck = (replica: IReplica, durableLsn: tLsn);
type tWrite = (client: machine, key: string, value: int);

event eWrite: tWrite;
event eWriteCommitted: (key: string, lsn: tLsn);
event eAppend: tAppend;
event eAppendAck: tAppendAck;
event eCrash;
event eRecover;
event eCommitted: (lsn: tLsn, quorum: set[IReplica]);
event eDurable: (replica: IReplica, lsn: tLsn);
event eLost: (replica: IReplica, fromLsn: tLsn);

interface IPrimary(seq[IReplica]) receives eWrite, eAppendAck;
interface IReplica() receives eAppend, eCrash, eRecover;

param ackBeforeQuorum: bool;

// ---- PSpec/Durability.p
// A committed lsn is durable on a majority of replicas at commit time, and a
// client is told about a write only once it is committed.
spec CommittedIsDurable observes eDurable, eLost, eCommitted, eWriteCommitted {
  var durable: map[IReplica, tLsn];
  var committed: tLsn;
  var groupSize: int;

  start state Init {
    entry {
      groupSize = 3;
      goto Watching;
    }
  }

  state Watching {
    on eDurable do (d: (replica: IReplica, lsn: tLsn)) {
      durable[d.replica] = d.lsn;
    }
    on eLost do (l: (replica: IReplica, fromLsn: tLsn)) {
      if (l.replica in durable) {
        assert durable[l.replica] == l.fromLsn - 1, "lost durable records";
      }
    }
    on eCommitted do (c: (lsn: tLsn, quorum: set[IReplica])) {
      var r: IReplica;
      var copies: int;
      copies = 1;
      foreach (r in keys(durable)) {
        if (durable[r] >= c.lsn) {
          copies = copies + 1;
        }
      }
      assert 2 * copies > groupSize + 1, format("lsn {0} committed with {1} copies", c.lsn, copies);
      assert c.lsn == committed + 1, "commits in order";
      committed = c.lsn;
    }
    on eWriteCommitted do (w: (key: string, lsn: tLsn)) {
      assert w.lsn <= committed, format("client told lsn {0} is committed, commit point is {1}", w.lsn, committed);
    }
  }
}

// ---- PTst/Tests.p
machine WalTest {
  start state Init {
    entry {
      var replicas: seq[IReplica];
      var primary: IPrimary;
      var i: int;
      while (i < 3) {
        replicas += (i, new IReplica());
        i = i + 1;
      }
      primary = new IPrimary(replicas);
      new WalClient((primary = primary, writes = 3));
      new FailureInjector((replicas = replicas, crashes = 2));
    }
  }
}

module Wal = { Primary -> IPrimary, Replica -> IReplica };
module Harness = { WalClient, FailureInjector, WalTest };

test tcReplication [main = WalTest]: assert CommittedIsDurable in (union Wal, Harness);

test param (ackBeforeQuorum in [false, true]) tcAckTiming [main = WalTest]:
  assert CommittedIsDurable in (union Wal, Harness);
