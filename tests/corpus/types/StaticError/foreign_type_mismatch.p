// Rule 5.2.7: a foreign type accepts only itself: not null, not another foreign type (reference 4.1, 5.2).
type tSocket;
type tFile;
fun OpenSocket(): tSocket;
machine Io {
  var s: tSocket;
  var f: tFile;
  start state S {
    entry {
      s = null; // error: P0301
      f = OpenSocket(); // error: P0301
    }
  }
}
