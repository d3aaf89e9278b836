// A declared test keeps the temperature check off (8.9, 8.11): the spec is hot for hundreds of steps while a long job runs, and cold at the end.
event eStart;
event eChunk: int;
event eFinished;

spec JobCompletes observes eStart, eFinished {
  start cold state Idle {
    on eStart goto Running;
    ignore eFinished;
  }
  hot state Running {
    on eFinished goto Idle;
    ignore eStart;
  }
}

machine Main {
  start state Work {
    entry {
      announce eStart;
      send this, eChunk, 0;
    }
    on eChunk do (n: int) {
      if (n < 400) { send this, eChunk, n + 1; }
      else { announce eFinished; }
    }
  }
}

test tcLongJob [main=Main]: assert JobCompletes in { Main };
