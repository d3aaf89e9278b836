// An assume filter using arithmetic, comparisons and boolean operators of the small evaluator (reference 7.3 rule 3).
param a: int;
param b: int;
param enabled: bool;
machine Check {
  start state S {
    entry { assert a + b != 7 || !enabled; }
  }
}
test param (a in [1, 2, 3, 4], b in [3, 4, 5], enabled in [true, false]) assume (!(a + b == 7 && enabled) && (a * 2 - b) % 2 != -1 && a / 2 <= b) tcFiltered [main = Check]: { Check };
