// The lease timer: once armed it fires at a moment the scheduler picks (probability 1/2
// per self-tick), unless re-armed or cancelled. Timeouts carry the epoch they were armed
// with, so the server can tell a stale timeout from the current one.
event eArm: int;
event eDisarm;
event eTimeOut: int;
event eTick;

machine Timer
  receives eArm, eDisarm, eTick;
  sends eTimeOut, eTick;
{
  var owner: machine;
  var epoch: int;

  start state Init {
    entry (o: machine) {
      owner = o;
      goto Idle;
    }
  }

  state Idle {
    on eArm goto Armed;
    ignore eDisarm, eTick;
  }

  state Armed {
    entry (e: int) {
      epoch = e;
      send this, eTick;
    }
    on eTick do {
      if ($) {
        send owner, eTimeOut, epoch;
        goto Idle;
      }
      send this, eTick;
    }
    on eArm goto Armed;
    on eDisarm goto Idle;
  }
}
