// bug: liveness
// A voter that already voted ignores the second round's request, so the candidate never gets a majority (8.5 ignore, 8.11).
event eRequestVote: (round: int, candidate: machine);
event eVoteGranted: int;
event eCampaign: int;
event eElected: int;

spec EventuallyElected observes eCampaign, eElected {
  start cold state Stable {
    on eCampaign goto Electing;
    ignore eElected;
  }
  hot state Electing {
    on eElected goto Stable;
    ignore eCampaign;
  }
}

machine Voter {
  start state Fresh {
    on eRequestVote goto Voted with (r: (round: int, candidate: machine)) {
      send r.candidate, eVoteGranted, r.round;
    }
  }
  state Voted {
    ignore eRequestVote;
  }
}

machine Main {
  var voters: seq[machine];
  var votes: int;
  start state Campaign {
    entry {
      voters += (0, new Voter());
      voters += (1, new Voter());
      StartRound(1);
    }
    on eVoteGranted do (round: int) {
      if (round == 1) {
        StartRound(2);
      } else {
        votes = votes + 1;
        if (votes == 2) { announce eElected, 2; }
      }
    }
  }
  fun StartRound(round: int) {
    var v: machine;
    announce eCampaign, round;
    foreach (v in voters) { send v, eRequestVote, (round = round, candidate = this); }
  }
}

test tcElection [main = Main]: assert EventuallyElected in { Main, Voter };
