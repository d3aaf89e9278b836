// A randomised election timeout, as in Raft: when armed, the timer picks a duration of
// 5 to 9 ticks (`choose`) and fires after that many self-ticks unless it is re-armed or
// cancelled. The timeout carries the epoch it was armed with; the server only acts on
// the timeout of its latest arming.
event eArmTimer: int;
event eCancelTimer;
event eTimeOut: int;
event eTimerTick: int;

machine ElectionTimer
  receives eArmTimer, eCancelTimer, eTimerTick;
  sends eTimeOut, eTimerTick;
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
    on eArmTimer goto Running;
    ignore eCancelTimer, eTimerTick;
  }

  state Running {
    entry (e: int) {
      epoch = e;
      ticksLeft = 5 + choose(5);
      send this, eTimerTick, epoch;
    }
    on eTimerTick do (e: int) {
      if (e != epoch) {
        return;   // a tick of an earlier arming
      }
      ticksLeft = ticksLeft - 1;
      if (ticksLeft == 0) {
        send owner, eTimeOut, epoch;
        goto Idle;
      }
      send this, eTimerTick, epoch;
    }
    on eArmTimer goto Running;
    on eCancelTimer goto Idle;
  }
}
