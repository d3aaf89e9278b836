// Rule 5.2.2: int, string, bool and float accept exactly their own type (aliases are transparent) (reference 5.2).
type tCount = int;
type tLabel = string;
machine Prims {
  var i: int;
  var f: float;
  var s: string;
  var b: bool;
  var c: tCount;
  var l: tLabel;
  start state S {
    entry {
      i = 1;
      f = 1.0;
      s = "s";
      b = false;
      c = i;
      i = c + 1;
      l = s;
      s = l + "!";
      f = i to float;
    }
  }
}
