// A one-shot round timer. Once armed it fires at a moment chosen by the scheduler (with
// probability 1/2 per self-tick) unless cancelled. The timeout echoes the id it was armed
// with, so the owner can tell a stale timeout from the current one.
event eStartTimer: int;
event eCancelTimer;
event eTimeOut: int;
event eTick;

machine Timer
  receives eStartTimer, eCancelTimer, eTick;
  sends eTimeOut, eTick;
{
  var owner: machine;
  var id: int;

  start state Init {
    entry (o: machine) {
      owner = o;
      goto Idle;
    }
  }

  state Idle {
    on eStartTimer goto Armed;
    ignore eCancelTimer, eTick;
  }

  state Armed {
    entry (timerId: int) {
      id = timerId;
      send this, eTick;
    }
    on eTick do {
      if ($) {
        send owner, eTimeOut, id;
        goto Idle;
      }
      send this, eTick;
    }
    on eStartTimer goto Armed;
    on eCancelTimer goto Idle;
  }
}
