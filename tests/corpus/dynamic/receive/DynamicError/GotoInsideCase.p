// bug: assertion
// `goto` in a receive case leaves the state right away; the code after the receive never runs (8.6 step 6).
event eVote: bool;
event eCollect: machine;

machine Voter {
  start state Vote {
    on eCollect do (c: machine) {
      send c, eVote, false;
    }
  }
}

machine Main {
  var finished: bool;
  start state Collect {
    entry {
      send new Voter(), eCollect, this;
      receive {
        case eVote: (yes: bool) {
          if (!yes) {
            goto Aborted;
          }
        }
      }
      finished = true;
    }
  }
  state Aborted {
    entry {
      assert finished, "aborted before the collection finished";
    }
  }
}
