// Type aliases are fully transparent: two aliases of one structure are the same type (reference 4.1).
type tPoint = (x: int, y: int);
type tCoord = (x: int, y: int);
type tPath = seq[tPoint];
type tRoute = seq[tCoord];
fun Origin(): tCoord { return (x = 0, y = 0); }
machine Map {
  var p: tPoint;
  var path: tPath;
  var route: tRoute;
  start state S {
    entry {
      p = Origin();
      path += (0, p);
      route = path;
      path = route;
      assert route[0].x == p.x;
    }
  }
}
