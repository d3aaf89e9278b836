// The lease timer: once armed it fires after 1 to 4 self-ticks (picked with `choose`),
// interleaved with everything else, unless re-armed or cancelled. Timeouts carry the epoch they were armed
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
  var ticksLeft: int;

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
      ticksLeft = choose(4);
      send this, eTick;
    }
    on eTick do {
      if (ticksLeft == 0) {
        send owner, eTimeOut, epoch;
        goto Idle;
      }
      ticksLeft = ticksLeft - 1;
      send this, eTick;
    }
    on eArm goto Armed;
    on eDisarm goto Idle;
  }
}
