// A one-shot round timer. Once armed it fires after 1 to 4 self-ticks (picked with
// `choose`), interleaved with everything else, unless cancelled. The timeout echoes the id it was armed
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
  var ticksLeft: int;

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
      ticksLeft = choose(4);
      send this, eTick;
    }
    on eTick do {
      if (ticksLeft == 0) {
        send owner, eTimeOut, id;
        goto Idle;
      }
      ticksLeft = ticksLeft - 1;
      send this, eTick;
    }
    on eStartTimer goto Armed;
    on eCancelTimer goto Idle;
  }
}
