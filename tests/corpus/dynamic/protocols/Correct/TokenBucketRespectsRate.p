// test: tcRate
// A token bucket refilled by a timer, run over four parameter combinations: admissions in any window stay within burst + refill * ticks (7.3 enumeration).

// ---- PSrc/Limiter.p
// A token-bucket rate limiter in front of a backend. The refill timer adds
// tokens each tick; a request is admitted only if a token is available,
// otherwise it is rejected right away (no queueing).
type tClientReq = (client: machine, id: int);
enum tVerdict { ADMITTED = 1, THROTTLED = 2 }

event eClientRequest: tClientReq;
event eVerdict: (id: int, verdict: tVerdict);
event eAdmit: (id: int, tick: int);      // announced, for the spec
event eTick: int;                         // announced at each refill
event eWork: tClientReq;
event eWorkDone: int;

param burst: int;
param refillPerTick: int;
param leakyRefill: bool;

machine TokenBucket
  receives eClientRequest, eTimeOut, eWorkDone;
  sends eVerdict, eAdmit, eTick, eWork, eStartTimer, eCancelTimer;
{
  var tokens: int;
  var tick: int;
  var timer: Timer;
  var backend: Backend;
  var ticksLeft: int;

  start state Init {
    entry (cfg: (backend: Backend, ticks: int)) {
      backend = cfg.backend;
      ticksLeft = cfg.ticks;
      tokens = burst;
      timer = CreateTimer(this);
      StartTimer(timer);
      goto Running;
    }
  }

  state Running {
    on eClientRequest do (r: tClientReq) {
      if (tokens > 0) {
        tokens = tokens - 1;
        announce eAdmit, (id = r.id, tick = tick);
        send backend, eWork, r;
        send r.client, eVerdict, (id = r.id, verdict = ADMITTED);
      } else {
        send r.client, eVerdict, (id = r.id, verdict = THROTTLED);
      }
    }

    on eTimeOut do {
      tick = tick + 1;
      tokens = tokens + refillPerTick;
      if (!leakyRefill && tokens > burst) {
        tokens = burst;
      }
      announce eTick, tick;
      ticksLeft = ticksLeft - 1;
      if (ticksLeft > 0) {
        StartTimer(timer);
      } else {
        goto Stopped;
      }
    }

    ignore eWorkDone;
  }

  state Stopped {
    on eClientRequest do (r: tClientReq) {
      send r.client, eVerdict, (id = r.id, verdict = THROTTLED);
    }
    ignore eTimeOut, eWorkDone;
  }
}

machine Backend receives eWork; sends eWorkDone; {
  var handled: set[int];
  start state Serving {
    on eWork do (r: tClientReq) {
      assert !(r.id in handled), format("request {0} reached the backend twice", r.id);
      handled += (r.id);
    }
  }
}

machine BurstyClient receives eVerdict; sends eClientRequest; {
  start state Sending {
    entry (cfg: (limiter: TokenBucket, first: int, count: int)) {
      var i: int;
      var admitted: int;
      while (i < cfg.count) {
        send cfg.limiter, eClientRequest, (client = this, id = cfg.first + i);
        receive {
          case eVerdict: (v: (id: int, verdict: tVerdict)) {
            assert v.id == cfg.first + i;
            if (v.verdict == ADMITTED) {
              admitted = admitted + 1;
            }
          }
        }
        i = i + 1;
      }
      print format("client {0}: {1} of {2} admitted", cfg.first, admitted, cfg.count);
    }
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

// ---- PSpec/Rate.p
// Over any window of ticks the bucket admits at most burst + refill * ticks.
spec NeverExceedsRate observes eAdmit, eTick {
  var admittedSince: map[int, int];   // since tick -> admissions since then
  var now: int;

  start state Counting {
    entry {
      admittedSince[0] = 0;
    }
    on eAdmit do (a: (id: int, tick: int)) {
      var since: int;
      foreach (since in keys(admittedSince)) {
        admittedSince[since] = admittedSince[since] + 1;
        assert admittedSince[since] <= burst + refillPerTick * (now - since),
          format("{0} admissions since tick {1}, now {2}: over the rate", admittedSince[since], since, now);
      }
    }
    on eTick do (t: int) {
      now = t;
      admittedSince[t] = 0;
    }
  }
}

// ---- PTst/Tests.p
machine RateTest {
  start state Init {
    entry {
      var limiter: TokenBucket;
      limiter = new TokenBucket((backend = new Backend(), ticks = 3));
      new BurstyClient((limiter = limiter, first = 0, count = 6));
      new BurstyClient((limiter = limiter, first = 100, count = 6));
    }
  }
}

module Limiter = { TokenBucket, Backend, Timer };

test param (burst in [2, 3], refillPerTick in [1, 2], leakyRefill in [false]) tcRate [main = RateTest]:
  assert NeverExceedsRate in (union Limiter, { BurstyClient, RateTest });

test param (burst in [2], refillPerTick in [1], leakyRefill in [true]) tcLeaky [main = RateTest]:
  assert NeverExceedsRate in (union Limiter, { BurstyClient, RateTest });
