// A scenario is attached automatically and has a cold state that marks it satisfied (reference 4.6, 7.4).
event eStart;
event eFinish;
scenario StartThenFinish observes eStart, eFinish {
  start state Waiting {
    on eStart goto Started;
    ignore eFinish;
  }
  state Started {
    on eFinish goto Finished;
    ignore eStart;
  }
  cold state Finished {
    ignore eStart, eFinish;
  }
}
machine Main {
  start state Run {
    entry {
      announce eStart;
      announce eFinish;
    }
  }
}
