// A Raft server, election part only.
//
//   Init --eConfig--> Follower --timeout--> Candidate --majority--> Leader
//   any state --higher term / granted vote--> Follower;  --heartbeat--> Settled
//
// Modelling choice: a leader sends a single round of heartbeats, and a follower that has
// heard from the leader of its term (state Settled) stops its election timer. This stands
// in for the steady heartbeat stream of a real leader and lets runs terminate once a
// leader is established.
//
// Failure injection: a server may restart right after granting a vote. A restart keeps
// what Raft keeps on stable storage (currentTerm, and votedFor if `persistVote`) and
// forgets everything else.
machine Server
  receives eConfig, eRequestVote, eVoteResp, eHeartbeat, eTimeOut, halt;
  sends eRequestVote, eVoteResp, eHeartbeat, eArmTimer, eCancelTimer;
{
  var id: tServerId;
  var persistVote: bool;
  var restartsLeft: int;
  var peers: map[tServerId, Server];
  var timer: ElectionTimer;
  var epoch: int;

  var currentTerm: tTerm;
  var votedFor: tServerId;      // -1: nobody in currentTerm
  var votes: set[tServerId];    // while Candidate

  start state Init {
    entry (cfg: tServerConfig) {
      id = cfg.id;
      persistVote = cfg.persistVote;
      restartsLeft = cfg.maxRestarts;
      votedFor = -1;
      timer = new ElectionTimer(this);
    }
    on eConfig goto Follower with (cluster: map[tServerId, Server]) { peers = cluster; }
    defer eRequestVote, eHeartbeat;   // from peers that got their configuration earlier
  }

  state Follower {
    entry { ArmTimer(); }
    on eTimeOut do (e: int) {
      if (e == epoch) {
        goto Candidate;
      }
    }
    on eRequestVote do OnRequestVote;
    on eHeartbeat do OnHeartbeat;
    ignore eVoteResp;
  }

  state Candidate {
    entry {
      var peer: tServerId;
      currentTerm = currentTerm + 1;
      votedFor = id;
      votes = default(set[tServerId]);
      votes += (id);
      ArmTimer();
      print format("server {0}: candidate in term {1}", id, currentTerm);
      foreach (peer in keys(peers)) {
        if (peer != id) {
          send peers[peer], eRequestVote, (term = currentTerm, candidate = id);
        }
      }
    }
    on eVoteResp do (resp: tVoteResp) {
      if (resp.term > currentTerm) {
        NewTerm(resp.term);
        goto Follower;
      }
      if (resp.term == currentTerm && resp.granted) {
        votes += (resp.voter);
        if (sizeof(votes) >= Majority(sizeof(peers))) {
          goto Leader;
        }
      }
    }
    on eTimeOut do (e: int) {
      if (e == epoch) {
        goto Candidate;   // split vote: try again in a new term
      }
    }
    on eRequestVote do OnRequestVote;
    on eHeartbeat do OnHeartbeat;
  }

  state Leader {
    entry {
      var peer: tServerId;
      CancelTimer();
      print format("server {0}: leader of term {1}", id, currentTerm);
      announce eSpec_BecameLeader, (term = currentTerm, leader = id);
      foreach (peer in keys(peers)) {
        if (peer != id) {
          send peers[peer], eHeartbeat, (term = currentTerm, leader = id);
        }
      }
    }
    on eRequestVote do OnRequestVote;
    on eHeartbeat do OnHeartbeat;
    ignore eVoteResp, eTimeOut;
  }

  state Settled {
    entry { CancelTimer(); }
    on eRequestVote do OnRequestVote;
    on eHeartbeat do OnHeartbeat;
    ignore eVoteResp, eTimeOut;
  }

  // Grants at most one vote per term. A higher term makes any server a follower, and
  // granting a vote restarts the election timer (both by re-entering Follower).
  fun OnRequestVote(req: tRequestVote) {
    var newTerm: bool;
    var grant: bool;
    if (req.term > currentTerm) {
      NewTerm(req.term);
      newTerm = true;
    }
    grant = req.term == currentTerm && (votedFor == -1 || votedFor == req.candidate);
    if (grant) {
      votedFor = req.candidate;
    }
    send peers[req.candidate], eVoteResp, (term = currentTerm, voter = id, granted = grant);
    if (grant) {
      MaybeRestart();
    }
    if (newTerm || grant) {
      goto Follower;
    }
  }

  fun OnHeartbeat(hb: tHeartbeat) {
    if (hb.term < currentTerm) {
      return;   // from a deposed leader
    }
    if (hb.term > currentTerm) {
      NewTerm(hb.term);
    }
    goto Settled;
  }

  fun NewTerm(term: tTerm) {
    currentTerm = term;
    votedFor = -1;
  }

  fun MaybeRestart() {
    if (restartsLeft > 0 && $) {
      restartsLeft = restartsLeft - 1;
      if (!persistVote) {
        votedFor = -1;   // Bug when persistVote is false: the vote is forgotten
      }
      print format("server {0}: restarts in term {1}", id, currentTerm);
      goto Follower;
    }
  }

  fun ArmTimer() {
    epoch = epoch + 1;
    send timer, eArmTimer, epoch;
  }

  fun CancelTimer() {
    epoch = epoch + 1;   // makes a timeout already on its way stale
    send timer, eCancelTimer;
  }
}
