// Expression typing of literals, null, halt, event names, enum elements and variables (reference 6.1).
enum tDir { North, South }
event eMove: tDir;
machine Rover {
  var i: int;
  var f: float;
  var b: bool;
  var s: string;
  var e: event;
  var d: tDir;
  var m: machine;
  start state S {
    entry {
      i = 12;
      f = 0.25;
      b = true;
      s = "rover";
      m = null;
      e = halt;
      e = eMove;
      d = South;
      i = i;
    }
  }
}
