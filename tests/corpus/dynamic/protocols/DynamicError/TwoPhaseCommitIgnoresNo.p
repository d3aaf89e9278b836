// bug: assertion
// The coordinator counts any vote as yes; when a participant votes no (`$`) the atomicity spec sees a bad commit (8.8).
event ePrepare: machine;
event eVote: (from: machine, yes: bool);
event eCommit;
event eVoted: bool;

spec Atomicity observes eVoted, eCommit {
  var anyNo: bool;
  start state Watch {
    on eVoted do (yes: bool) { if (!yes) { anyNo = true; } }
    on eCommit do { assert !anyNo, "committed although a participant voted no"; }
  }
}

machine Participant {
  start state Ready {
    on ePrepare do (coord: machine) {
      var yes: bool;
      yes = $;
      announce eVoted, yes;
      send coord, eVote, (from = this, yes = yes);
    }
    on eCommit do { }
  }
}

machine Coordinator {
  var parts: seq[machine];
  var votes: int;
  start state Collect {
    entry {
      var i: int;
      while (i < 2) {
        parts += (i, new Participant());
        send parts[i], ePrepare, this;
        i = i + 1;
      }
    }
    on eVote do (v: (from: machine, yes: bool)) {
      votes = votes + 1;
      if (votes == 2) {
        send parts[0], eCommit;
        send parts[1], eCommit;
      }
    }
  }
}

test tc2pc [main = Coordinator]: assert Atomicity in { Coordinator, Participant };
