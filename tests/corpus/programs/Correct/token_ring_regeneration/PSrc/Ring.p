// Token-ring mutual exclusion with token regeneration. Each node passes the
// token to its successor; a node that wants the critical section waits for the
// token. The monitor node regenerates a token it believes lost; tokens carry a
// generation so that a stale token, still in flight, is discarded.
type tToken = (generation: int, hops: int);
type tNodeConfig = (id: int, next: IRingNode, wants: int);

event eToken: tToken;
event eSetNext: tNodeConfig;
event eEnterCS: int;
event eExitCS: int;
event eTokenSeen: (node: int, generation: int);
event eLeaveCS;
event eNewGeneration: (watchdog: machine, generation: int);
event eGenerationAck: int;

interface IRingNode() receives eToken, eSetNext, eNewGeneration, eLeaveCS;

param checkGeneration: bool;

machine RingNode
  receives eToken, eSetNext, eNewGeneration, eLeaveCS;
  sends eToken, eEnterCS, eExitCS, eTokenSeen, eLeaveCS, eGenerationAck;
{
  var id: int;
  var next: IRingNode;
  var wants: int;
  var generation: int;
  var held: tToken;

  start state Unconfigured {
    defer eToken, eNewGeneration;
    on eSetNext goto Idle with (cfg: tNodeConfig) {
      id = cfg.id;
      next = cfg.next;
      wants = cfg.wants;
    }
  }

  state Idle {
    on eToken do (t: tToken) {
      if (checkGeneration && t.generation < generation) {
        print format("node {0} drops stale token of generation {1}", id, t.generation);
        return;
      }
      if (t.generation > generation) {
        generation = t.generation;
      }
      announce eTokenSeen, (node = id, generation = t.generation);
      if (wants > 0) {
        wants = wants - 1;
        goto Critical, t;
      }
      Pass(t);
    }
    on eNewGeneration do AdoptGeneration;
  }

  // While in the critical section the node neither takes another token nor
  // acknowledges a new generation: the watchdog waits until it has left.
  state Critical {
    entry (t: tToken) {
      held = t;
      announce eEnterCS, id;
      send this, eLeaveCS;
    }
    defer eToken, eNewGeneration;
    on eLeaveCS do {
      announce eExitCS, id;
      Pass(held);
      goto Idle;
    }
  }

  fun Pass(t: tToken) {
    // a hop may lose the token
    if (t.hops < 12 && $) {
      send next, eToken, (generation = t.generation, hops = t.hops + 1);
    }
  }

  fun AdoptGeneration(g: (watchdog: machine, generation: int)) {
    if (g.generation > generation) {
      generation = g.generation;
    }
    send g.watchdog, eGenerationAck, id;
  }
}

// The watchdog regenerates the token when it has not heard of it for a timer
// period. Token loss is modelled by the links: a hop may drop the token.
machine Watchdog
  receives eTimeOut, eTokenSeen, eGenerationAck;
  sends eToken, eNewGeneration, eStartTimer, eCancelTimer;
{
  var nodes: seq[IRingNode];
  var timer: Timer;
  var generation: int;
  var regenerations: int;

  start state Watching {
    entry (ns: seq[IRingNode]) {
      nodes = ns;
      timer = CreateTimer(this);
      StartTimer(timer);
    }
    on eTimeOut do {
      var n: IRingNode;
      if (regenerations == 2) {
        return;
      }
      regenerations = regenerations + 1;
      generation = generation + 1;
      foreach (n in nodes) {
        send n, eNewGeneration, (watchdog = this, generation = generation);
      }
      AwaitAcks(sizeof(nodes));
      send nodes[0], eToken, (generation = generation, hops = 0);
      StartTimer(timer);
    }
    ignore eTokenSeen;
  }

  fun AwaitAcks(count: int) {
    var acked: set[int];
    while (sizeof(acked) < count) {
      receive {
        case eGenerationAck: (id: int) { acked += (id); }
      }
    }
  }
}
