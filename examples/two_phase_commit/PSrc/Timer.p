// A one-shot timer. Time is not modelled: once armed, the timer fires after 1 to 4 of its
// own ticks (the number is picked with `choose`), interleaved with everything else the
// scheduler runs, unless it is cancelled first. Each arming carries an id that the timeout echoes back, so the owner
// can recognise (and drop) a timeout that was already on its way when it cancelled.
event eStartTimer: int;
event eCancelTimer;
event eTimeOut: int;
event eTimerTick;

machine Timer
  receives eStartTimer, eCancelTimer, eTimerTick;
  sends eTimeOut, eTimerTick;
{
  var owner: machine;
  var armedFor: int;
  var ticksLeft: int;

  start state Init {
    entry (o: machine) {
      owner = o;
      goto Idle;
    }
  }

  state Idle {
    on eStartTimer goto Armed;
    ignore eCancelTimer, eTimerTick;
  }

  state Armed {
    entry (id: int) {
      armedFor = id;
      ticksLeft = choose(4);
      send this, eTimerTick;
    }
    on eTimerTick do {
      if (ticksLeft == 0) {
        send owner, eTimeOut, armedFor;
        goto Idle;
      }
      ticksLeft = ticksLeft - 1;
      send this, eTimerTick;
    }
    on eStartTimer goto Armed;
    on eCancelTimer goto Idle;
  }
}
