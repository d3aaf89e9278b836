// test: tcReRoute___reRouteOnDown_true
// A load balancer with a health checker (timer, ping rounds), a backend crashed with halt, in-flight requests re-routed and answers deduplicated; modules with compose and hidei (7.1, 8.5 halt).

// ---- PSrc/Backend.p
// A backend answers work and pings until it is crashed with halt.
machine Backend receives eForward, ePing, halt; sends eBackendDone, ePong; {
  var served: int;

  start state Serving {
    on eForward do (f: (lb: ILoadBalancer, req: tRequest)) {
      served = served + 1;
      send f.lb, eBackendDone, (backend = this as IBackend, req = f.req, result = f.req.work * 2);
    }
    on ePing do (p: (checker: IHealthChecker, round: int)) {
      send p.checker, ePong, (backend = this to IBackend, round = p.round);
    }
  }
}

// ---- PSrc/Client.p
machine Client receives eResponse; sends eRequest; {
  start state Working {
    entry (cfg: (lb: ILoadBalancer, first: tReqId, count: int)) {
      var i: int;
      var id: tReqId;
      while (i < cfg.count) {
        id = cfg.first + i;
        send cfg.lb, eRequest, (client = this as IClient, reqId = id, work = i);
        receive {
          case eResponse: (r: (reqId: tReqId, result: int)) {
            assert r.reqId == id, format("expected answer {0}, got {1}", id, r.reqId);
            assert r.result == 2 * i;
          }
        }
        i = i + 1;
      }
    }
  }
}

// ---- PSrc/HealthChecker.p
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

// ---- PSrc/LoadBalancer.p
// Forwards each request to a backend that is up, round robin. Requests whose
// backend goes down are sent again elsewhere; requests that find no backend
// up wait in a queue. Answers are deduplicated by request id.
machine LoadBalancer
  receives eRequest, eBackendDone, eBackendDown, eBackendUp;
  sends eForward, eResponse, eStopChecking;
{
  var backends: seq[IBackend];
  var up: set[IBackend];
  var inFlight: map[tReqId, (req: tRequest, backend: IBackend)];
  var waiting: seq[tRequest];
  var answered: set[tReqId];
  var next: int;
  var expected: int;
  var checker: IHealthChecker;

  start state Init {
    entry (cfg: tLbConfig) {
      var b: IBackend;
      backends = cfg.backends;
      expected = cfg.expected;
      foreach (b in backends) {
        up += (b);
      }
      checker = new IHealthChecker((lb = this as ILoadBalancer, backends = backends));
      goto Balancing;
    }
  }

  state Balancing {
    on eRequest do (req: tRequest) {
      Dispatch(req);
    }

    on eBackendDone do (d: (backend: IBackend, req: tRequest, result: int)) {
      if (d.req.reqId in answered) {
        return;
      }
      answered += (d.req.reqId);
      inFlight -= d.req.reqId;
      send d.req.client, eResponse, (reqId = d.req.reqId, result = d.result);
      if (sizeof(answered) == expected) {
        send checker, eStopChecking;
        goto Drained;
      }
    }

    on eBackendDown do (b: IBackend) {
      var id: tReqId;
      up -= b;
      if (!reRouteOnDown) {
        return;
      }
      foreach (id in keys(inFlight)) {
        if (inFlight[id].backend == b) {
          Dispatch(inFlight[id].req);
        }
      }
    }

    on eBackendUp do (b: IBackend) {
      var pending: seq[tRequest];
      var r: tRequest;
      up += (b);
      pending = waiting;
      waiting = default(seq[tRequest]);
      foreach (r in pending) {
        Dispatch(r);
      }
    }
  }

  state Drained {
    ignore eBackendDone, eBackendDown, eBackendUp;
  }

  fun Dispatch(req: tRequest) {
    var target: IBackend;
    var tries: int;
    while (tries < sizeof(backends)) {
      target = backends[next % sizeof(backends)];
      next = next + 1;
      tries = tries + 1;
      if (target in up) {
        inFlight[req.reqId] = (req = req, backend = target);
        send target, eForward, (lb = this as ILoadBalancer, req = req);
        return;
      }
    }
    waiting += (sizeof(waiting), req);
  }
}

// ---- PSrc/Timer.p
/*****************************************************************
 * A single-shot timer owned by one client machine.
 * StartTimer arms it and CancelTimer disarms it. A timeout that was
 * already sent cannot be recalled: owners must cope with an eTimeOut
 * that arrives after they cancelled the timer.
 *****************************************************************/
event eStartTimer;
event eCancelTimer;
event eTimeOut;
event eDelayedTimeOut;

machine Timer
  receives eStartTimer, eCancelTimer, eDelayedTimeOut;
  sends eTimeOut, eDelayedTimeOut;
{
  var client: machine;

  start state Init {
    entry (owner: machine) {
      client = owner;
      goto Idle;
    }
  }

  state Idle {
    ignore eCancelTimer, eDelayedTimeOut;
    on eStartTimer goto Armed;
  }

  state Armed {
    defer eStartTimer;
    entry {
      if ($) {
        send client, eTimeOut;
        goto Idle;
      }
      send this, eDelayedTimeOut;
    }
    on eDelayedTimeOut goto Armed;
    on eCancelTimer goto Idle;
  }
}

fun CreateTimer(owner: machine): Timer {
  return new Timer(owner);
}

fun StartTimer(timer: Timer) {
  send timer, eStartTimer;
}

fun CancelTimer(timer: Timer) {
  send timer, eCancelTimer;
}

// ---- PSrc/Types.p
// A load balancer in front of crashing backends, with an active health checker.
type tReqId = int;
type tRequest = (client: IClient, reqId: tReqId, work: int);
type tLbConfig = (backends: seq[IBackend], expected: int);

event eRequest: tRequest;
event eForward: (lb: ILoadBalancer, req: tRequest);
event eBackendDone: (backend: IBackend, req: tRequest, result: int);
event eResponse: (reqId: tReqId, result: int);

event ePing: (checker: IHealthChecker, round: int);
event ePong: (backend: IBackend, round: int);
event eBackendDown: IBackend;
event eBackendUp: IBackend;
event eStopChecking;

interface IBackend() receives eForward, ePing, halt;
interface IClient((lb: ILoadBalancer, first: tReqId, count: int)) receives eResponse;
interface ILoadBalancer(tLbConfig) receives eRequest, eBackendDone, eBackendDown, eBackendUp;
interface IHealthChecker((lb: ILoadBalancer, backends: seq[IBackend])) receives ePong, eTimeOut, eStopChecking;

param reRouteOnDown: bool;

// ---- PSpec/Specs.p
// Each request is answered once, and every request is eventually answered.
spec AnsweredOnce observes eRequest, eResponse {
  var open: set[tReqId];
  var done: set[tReqId];

  start cold state Idle {
    on eRequest goto Busy with (r: tRequest) { Open(r.reqId); }
    on eResponse do (r: (reqId: tReqId, result: int)) { Close(r.reqId); }
  }

  hot state Busy {
    on eRequest do (r: tRequest) { Open(r.reqId); }
    on eResponse do (r: (reqId: tReqId, result: int)) {
      Close(r.reqId);
      if (sizeof(open) == 0) {
        goto Idle;
      }
    }
  }

  fun Open(id: tReqId) {
    assert !(id in open) && !(id in done), format("request id {0} reused", id);
    open += (id);
  }

  fun Close(id: tReqId) {
    assert id in open, format("request {0} answered twice or never sent", id);
    open -= id;
    done += (id);
  }
}

// ---- PTst/Tests.p
// Two backends, one of which may crash at any time; two clients.
machine LbTestDriver receives; {
  start state Init {
    entry {
      var backends: seq[IBackend];
      var lb: ILoadBalancer;
      var victim: IBackend;
      backends += (0, new IBackend());
      backends += (1, new IBackend());
      lb = new ILoadBalancer((backends = backends, expected = 4));
      new IClient((lb = lb, first = 100, count = 2));
      new IClient((lb = lb, first = 200, count = 2));
      if ($) {
        victim = choose(backends);
        send victim, halt;
      }
    }
  }
}

module Backends = { Backend -> IBackend };
module Front = { LoadBalancer -> ILoadBalancer, HealthChecker -> IHealthChecker, Timer };
module Clients = { Client -> IClient };
module Cluster = compose (hidei IHealthChecker in Front), Backends;

test tcCrashOneBackend [main = LbTestDriver]:
  assert AnsweredOnce in (union Cluster, Clients, { LbTestDriver });

test param (reRouteOnDown in [true, false]) tcReRoute [main = LbTestDriver]:
  assert AnsweredOnce in (union Cluster, Clients, { LbTestDriver });
