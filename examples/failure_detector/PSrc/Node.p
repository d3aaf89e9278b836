// A monitored node: answers pings until it has answered `lifetime` of them, then tells
// the detector it leaves. A crash-prone node may instead crash when a ping arrives.
machine Node
  receives ePing;
  sends ePong, eLeave;
{
  var cfg: tNodeConfig;
  var answered: int;

  start state Alive {
    entry (c: tNodeConfig) { cfg = c; }

    on ePing do (ping: tPing) {
      if (cfg.canCrash && $) {
        print format("node {0} crashes", cfg.id);
        announce eSpec_NodeCrashed, cfg.id;
        raise halt;
      }
      send ping.detector, ePong, (node = cfg.id, round = ping.round);
      answered = answered + 1;
      if (answered == cfg.lifetime) {
        send ping.detector, eLeave, cfg.id;
        goto Retired;
      }
    }
  }

  state Retired {
    ignore ePing;
  }
}

// The rest of the system's view of who is alive, fed by the detector.
machine MembershipView
  receives eNodeSuspected;
{
  var suspects: set[tNodeId];

  start state Tracking {
    on eNodeSuspected do (id: tNodeId) {
      suspects += (id);
      print format("membership: suspects {0}", suspects);
    }
  }
}
