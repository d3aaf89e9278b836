// Shared timer with start/cancel races (written for these corpus programs).
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
