// bug: assertion
// `return;` inside a case body returns from the enclosing function, ending the read loop early (8.6 step 6).
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
      ReadAll();
      assert total == 10, format("read {0} bytes", total);
    }
    ignore eChunk, eEnd;
  }
  fun ReadAll() {
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
