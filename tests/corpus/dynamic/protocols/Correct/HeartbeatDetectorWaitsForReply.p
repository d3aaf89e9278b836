// The detector pings and waits for a pong or a crash notice before judging, so it only suspects crashed nodes (8.6, 8.8).
event ePing: machine;
event ePong;
event eCrashed;
event eNodeDown;
event eSuspect;

spec NoFalseSuspicion observes eNodeDown, eSuspect {
  start state NodeUp {
    on eSuspect do { assert false, "a live node was suspected"; }
    on eNodeDown goto NodeDown;
  }
  state NodeDown {
    ignore eSuspect, eNodeDown;
  }
}

machine Node {
  start state Alive {
    on ePing do (d: machine) {
      if ($) {
        send d, ePong;
      } else {
        announce eNodeDown;
        send d, eCrashed;
        raise halt;
      }
    }
  }
}

machine Detector {
  start state Probe {
    entry {
      var n: Node;
      var round: int;
      n = new Node();
      while (round < 3) {
        send n, ePing, this;
        receive {
          case ePong: { }
          case eCrashed: {
            announce eSuspect;
            return;
          }
        }
        round = round + 1;
      }
    }
  }
}

test tcDetector [main = Detector]: assert NoFalseSuspicion in { Detector, Node };
