// receive takes the first awaited event and leaves the others queued in order; the state's handlers then see them in their original order (8.6 step 2).
event eNote: int;
event eKey: int;

machine Main {
  var notes: seq[int];
  start state Run {
    entry {
      var k: int;
      send this, eNote, 1;
      send this, eNote, 2;
      send this, eKey, 9;
      send this, eNote, 3;
      receive {
        case eKey: (x: int) { k = x; }
      }
      assert k == 9;
    }
    on eNote do (n: int) {
      notes += (sizeof(notes), n);
      if (n == 3) { assert format("{0}", notes) == "(1, 2, 3)", format("{0}", notes); }
    }
  }
}
