// bug: assertion; test: tcGossip___suspectAfter_1
// The same gossip with a short timeout: a live node whose heartbeats have not reached a peer yet is declared dead (no timeout-based detector is accurate under asynchrony).

// ---- PSrc/Gossip.p
// Gossip-based membership: each node keeps a heartbeat table and periodically
// pushes it to a random peer; a peer whose heartbeat has not grown for a few
// rounds is suspected. Crashed nodes stop gossiping.
enum tStatus { ALIVE = 0, SUSPECT = 1, DEAD = 2 }
type tEntry = (heartbeat: int, lastChange: int, status: tStatus);
type tTable = map[int, tEntry];

event eGossip: (from: int, table: tTable);
event eRound;
event eCrashNode;
event eDeclaredDead: (observer: int, subject: int);
event eNodeCrashed: int;
event eConfigure: (id: int, peers: map[int, GossipNode], rounds: int);

param suspectAfter: int;

machine GossipNode {
  var id: int;
  var peers: map[int, GossipNode];
  var table: tTable;
  var round: int;
  var roundsLeft: int;

  start state Init {
    on eConfigure goto Gossiping with (cfg: (id: int, peers: map[int, GossipNode], rounds: int)) {
      var p: int;
      id = cfg.id;
      peers = cfg.peers;
      roundsLeft = cfg.rounds;
      foreach (p in keys(peers)) {
        table[p] = (heartbeat = 0, lastChange = 0, status = ALIVE);
      }
    }
    defer eGossip, eCrashNode;
  }

  state Gossiping {
    entry {
      send this, eRound;
    }

    on eRound do {
      var target: int;
      round = round + 1;
      table[id].heartbeat = table[id].heartbeat + 1;
      table[id].lastChange = round;
      Detect();
      target = choose(keys(peers));
      if (target != id) {
        send peers[target], eGossip, (from = id, table = table);
      }
      roundsLeft = roundsLeft - 1;
      if (roundsLeft > 0) {
        send this, eRound;
      }
    }

    on eGossip do (g: (from: int, table: tTable)) {
      Merge(g.table);
    }

    on eCrashNode goto Crashed;
  }

  state Crashed {
    entry { announce eNodeCrashed, id; }
    ignore eGossip, eRound, eCrashNode;
  }

  fun Merge(other: tTable) {
    var p: int;
    foreach (p in keys(other)) {
      if (other[p].heartbeat > table[p].heartbeat) {
        table[p].heartbeat = other[p].heartbeat;
        table[p].lastChange = round;
        if (table[p].status != DEAD) {
          table[p].status = ALIVE;
        }
      }
    }
  }

  fun Detect() {
    var p: int;
    var e: tEntry;
    foreach (p in keys(table)) {
      e = table[p];
      if (p == id || e.status == DEAD) {
        continue;
      }
      if (round - e.lastChange > 2 * suspectAfter) {
        table[p].status = DEAD;
        announce eDeclaredDead, (observer = id, subject = p);
      } else if (round - e.lastChange > suspectAfter) {
        table[p].status = SUSPECT;
      }
    }
  }
}

// ---- PSpec/Accuracy.p
// Strong accuracy: a node is declared dead only after it crashed.
spec NoFalseDeath observes eNodeCrashed, eDeclaredDead {
  var crashed: set[int];
  start state Watching {
    on eNodeCrashed do (n: int) { crashed += (n); }
    on eDeclaredDead do (d: (observer: int, subject: int)) {
      assert d.subject in crashed, format("node {0} declared {1} dead, but it is alive", d.observer, d.subject);
    }
  }
}

// ---- PTst/Tests.p
machine GossipTest {
  start state Init {
    entry {
      var peers: map[int, GossipNode];
      var i: int;
      var n: int;
      n = 4;
      while (i < n) {
        peers[i] = new GossipNode();
        i = i + 1;
      }
      foreach (i in keys(peers)) {
        send peers[i], eConfigure, (id = i, peers = peers, rounds = 6);
      }
      if ($) {
        send peers[choose(n)], eCrashNode;
      }
    }
  }
}

test param (suspectAfter in [1, 3, 10]) tcGossip [main = GossipTest]:
  assert NoFalseDeath in { GossipNode, GossipTest };
