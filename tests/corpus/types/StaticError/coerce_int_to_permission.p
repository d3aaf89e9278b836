// Only `machine` or a permission type coerces to a permission type; ints and permission-to-int are incomparable (reference 6.1).
event eA;
interface IA() receives eA;
machine Conv {
  var a: IA;
  var i: int;
  start state S {
    entry {
      a = 5 to IA; // error: P0312
      i = a to int; // error: P0312
    }
  }
}
