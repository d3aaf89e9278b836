// Pings every backend each round; a backend that does not answer before the
// round's timer fires is reported down, one that answers again is reported up.
machine HealthChecker
  receives ePong, eTimeOut, eStopChecking;
  sends ePing, eBackendDown, eBackendUp, eStartTimer, eCancelTimer;
{
  var lb: ILoadBalancer;
  var backends: seq[IBackend];
  var down: set[IBackend];
  var answered: set[IBackend];
  var round: int;
  var timer: Timer;

  start state Init {
    entry (cfg: (lb: ILoadBalancer, backends: seq[IBackend])) {
      lb = cfg.lb;
      backends = cfg.backends;
      timer = CreateTimer(this);
      goto Probing;
    }
  }

  state Probing {
    entry {
      var b: IBackend;
      round = round + 1;
      answered = default(set[IBackend]);
      foreach (b in backends) {
        send b, ePing, (checker = this, round = round);
      }
      StartTimer(timer);
    }

    on ePong do (p: (backend: IBackend, round: int)) {
      if (p.round != round) {
        return; // late answer to an old round
      }
      answered += (p.backend);
      if (p.backend in down) {
        down -= p.backend;
        send lb, eBackendUp, p.backend;
      }
    }

    on eTimeOut do {
      var b: IBackend;
      foreach (b in backends) {
        if (!(b in answered) && !(b in down)) {
          down += (b);
          send lb, eBackendDown, b;
        }
      }
      goto Probing;
    }

    on eStopChecking do {
      CancelTimer(timer);
      raise halt;
    }
  }
}
