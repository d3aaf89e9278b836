// Comparisons are left-associative binary operators, so a chain compares a bool with an int (reference 2.5, 6.1).
machine Range {
  var low: int;
  var high: int;
  start state Check {
    entry {
      var x: int;
      var ok: bool;
      ok = (low < x) && (x < high);
      ok = low < x < high; // error: P0305
      ok = x == low == true;
      ok = low == x == high; // error: P0319
    }
  }
}
