// Parameter values are integer literals and must fit a 32-bit signed int (reference 1.4, 7.3).
param n: int;
machine Main {
  start state S { }
}
test param (n in [1, 2147483648]) tcBig [main = Main]: { Main }; // error: P0104
