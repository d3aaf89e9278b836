// `<` `>` `<=` `>=` need both int, both float or both string: not bools, enums or mixed (reference 6.1, 6.7 item 11).
enum tLevel { Low, High }
machine Ops {
  var b: bool;
  var l: tLevel;
  start state S {
    entry {
      b = true < false; // error: P0305
      b = l >= High; // error: P0305
      b = 1 < 1.5; // error: P0305
      b = "a" <= 1; // error: P0305
    }
  }
}
