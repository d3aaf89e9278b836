// Two-phase commit: the coordinator commits only if every participant voted yes, otherwise aborts (8.6, 8.8).
event ePrepare: machine;
event eVote: bool;
event eDecision: bool;
event eVoted: bool;

spec Atomicity observes eVoted, eDecision {
  var anyNo: bool;
  start state Watch {
    on eVoted do (yes: bool) { if (!yes) { anyNo = true; } }
    on eDecision do (commit: bool) {
      assert !(commit && anyNo), "committed although a participant voted no";
    }
  }
}

machine Participant {
  start state Ready {
    on ePrepare do (coord: machine) {
      var yes: bool;
      yes = $;
      announce eVoted, yes;
      send coord, eVote, yes;
    }
    on eDecision do (commit: bool) { }
  }
}

machine Coordinator {
  start state Run {
    entry {
      var parts: seq[machine];
      var i: int;
      var all: bool;
      all = true;
      while (i < 3) {
        parts += (i, new Participant());
        send parts[i], ePrepare, this;
        i = i + 1;
      }
      i = 0;
      while (i < 3) {
        receive { case eVote: (yes: bool) { all = all && yes; } }
        i = i + 1;
      }
      i = 0;
      while (i < 3) {
        send parts[i], eDecision, all;
        i = i + 1;
      }
    }
  }
}

test tc2pc [main = Coordinator]: assert Atomicity in { Coordinator, Participant };
