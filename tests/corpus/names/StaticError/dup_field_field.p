// Duplicate machine fields, also within one `var` list (reference 3.2 row "variable").
machine Sensor {
  var reading: int;
  var reading: float; // error: P0201
  var low, high, low: int; // error: P0201
  start state S { }
}
