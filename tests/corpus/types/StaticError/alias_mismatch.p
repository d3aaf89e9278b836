// Aliases are transparent, so an alias of string still rejects an int (reference 4.1, 5.2).
type tName = string;
type tAge = int;
machine Person {
  var n: tName;
  var a: tAge;
  start state S {
    entry {
      a = 30;
      n = a; // error: P0301
    }
  }
}
