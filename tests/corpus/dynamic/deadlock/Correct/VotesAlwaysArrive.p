// A coordinator receives exactly as many votes as it requested; voters may vote either way (8.6).
event eVoteReq: machine;
event eVote: bool;

machine Voter {
  start state Wait {
    on eVoteReq do (coord: machine) {
      send coord, eVote, $;
    }
  }
}

machine Main {
  start state Collect {
    entry {
      var i: int;
      var yes: int;
      var v: machine;
      while (i < 3) {
        v = new Voter();
        send v, eVoteReq, this;
        i = i + 1;
      }
      i = 0;
      while (i < 3) {
        receive {
          case eVote: (b: bool) {
            if (b) { yes = yes + 1; }
          }
        }
        i = i + 1;
      }
      assert yes >= 0 && yes <= 3;
    }
  }
}
