// `return;` in a case body leaves the enclosing function; the remaining chunks stay queued (8.6 step 6).
event eChunk: int;
event eEnd;

machine Main {
  var total: int;
  start state Read {
    entry {
      send this, eChunk, 4;
      send this, eChunk, -1;
      send this, eChunk, 6;
      send this, eEnd;
      ReadUntilMarker();
      assert total == 4, format("read {0}", total);
      ReadUntilMarker();
      assert total == 10, format("read {0}", total);
    }
  }
  fun ReadUntilMarker() {
    while (true) {
      receive {
        case eChunk: (n: int) {
          if (n < 0) {
            return;
          }
          total = total + n;
        }
        case eEnd: { return; }
      }
    }
  }
}
