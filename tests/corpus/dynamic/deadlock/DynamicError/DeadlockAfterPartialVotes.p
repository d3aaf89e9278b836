// bug: deadlock
// A coordinator waits for three votes; one voter chooses (with `$`) to crash by halting instead (8.6).
event eVoteReq: machine;
event eVote: bool;

machine Voter {
  start state Wait {
    on eVoteReq do (coord: machine) {
      if ($) {
        raise halt;
      }
      send coord, eVote, true;
    }
  }
}

machine Main {
  start state Collect {
    entry {
      var i: int;
      var v: machine;
      while (i < 3) {
        v = new Voter();
        send v, eVoteReq, this;
        i = i + 1;
      }
      i = 0;
      while (i < 3) {
        receive {
          case eVote: (yes: bool) { }
        }
        i = i + 1;
      }
    }
  }
}
