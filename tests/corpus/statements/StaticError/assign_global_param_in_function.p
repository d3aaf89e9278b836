// Global params are read-only everywhere: in global functions and through element or field updates (reference 4.8).
param limits: seq[int];
param origin: (x: int, y: int);
fun Reset() {
  limits += (0, 1); // error: P0313
  origin.x = 0; // error: P0313
}
