// bug: assertion
// Copying a named tuple and changing the copy's field leaves the original as it was (8.2 no sharing).
type tPoint = (x: int, y: int);

machine Main {
  start state Move {
    entry {
      var origin: tPoint;
      var cursor: tPoint;
      var path: seq[tPoint];
      cursor = origin;
      cursor.x = 5;
      path += (0, cursor);
      cursor.y = 7;
      assert path[0].y == 7 || origin.x == 5, format("path {0}, origin {1}", path, origin);
    }
  }
}
