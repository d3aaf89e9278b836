// A heartbeat failure detector. It works in rounds: ping every monitored node, then
// collect pongs in a blocking `receive` until all have answered or the round timer fires.
// A node that misses `threshold` rounds in a row is suspected and reported to the
// membership view. Nodes that retire (eLeave) are no longer monitored. The detector stops
// when nothing is left to monitor.
machine FailureDetector
  receives ePong, eLeave, eTimeOut;
  sends ePing, eNodeSuspected, eStartTimer, eCancelTimer;
{
  var nodes: map[tNodeId, Node];
  var monitored: set[tNodeId];
  var misses: map[tNodeId, int];
  var threshold: int;
  var view: MembershipView;
  var isolationGuard: bool;
  var silentRounds: int;
  var round: int;
  var timer: Timer;

  start state Init {
    entry (cfg: tDetectorConfig) {
      var id: tNodeId;
      nodes = cfg.nodes;
      threshold = cfg.threshold;
      view = cfg.view;
      isolationGuard = cfg.isolationGuard;
      foreach (id in keys(nodes)) {
        monitored += (id);
        misses[id] = 0;
      }
      timer = new Timer(this);
      goto Monitoring;
    }
  }

  state Monitoring {
    entry {
      var missed: set[tNodeId];
      if (sizeof(monitored) == 0) {
        goto Finished;
      }
      missed = RunRound();
      if (isolationGuard && sizeof(missed) > 0 && sizeof(missed) == sizeof(monitored)) {
        // Flawed heuristic: "if nobody answers, the problem is probably my own network
        // link". The misses are not counted, and after 3 such rounds the detector
        // concludes it is isolated and stops, so a crash of the last nodes goes unnoticed.
        silentRounds = silentRounds + 1;
        if (silentRounds == 3) {
          print "detector: nobody answers, assuming I am isolated; stopping";
          goto Finished;
        }
        goto Monitoring;
      }
      silentRounds = 0;
      CountMisses(missed);
      goto Monitoring;
    }
  }

  state Finished {
    ignore ePong, eLeave, eTimeOut;
  }

  // Pings all monitored nodes and waits for the round to end. Returns the nodes that
  // neither answered nor retired.
  fun RunRound(): set[tNodeId] {
    var waiting: set[tNodeId];
    var id: tNodeId;
    var timedOut: bool;
    round = round + 1;
    waiting = monitored;
    foreach (id in monitored) {
      send nodes[id], ePing, (detector = this, round = round);
    }
    send timer, eStartTimer, round;
    while (sizeof(waiting) > 0 && !timedOut) {
      receive {
        case ePong: (pong: tPong) {
          if (pong.round == round) {
            waiting -= pong.node;
          }
        }
        case eLeave: (node: tNodeId) {
          waiting -= node;
          monitored -= node;
          misses -= node;
        }
        case eTimeOut: (r: int) {
          timedOut = (r == round);   // earlier rounds' timeouts are stale
        }
      }
    }
    if (!timedOut) {
      send timer, eCancelTimer;
    }
    return waiting;
  }

  fun CountMisses(missed: set[tNodeId]) {
    var id: tNodeId;
    var current: set[tNodeId];
    current = monitored;
    foreach (id in current) {
      if (!(id in missed)) {
        misses[id] = 0;
      } else {
        misses[id] = misses[id] + 1;
        if (misses[id] >= threshold) {
          print format("detector: suspects node {0} after {1} silent rounds", id, misses[id]);
          send view, eNodeSuspected, id;
          monitored -= id;
          misses -= id;
        }
      }
    }
  }
}
