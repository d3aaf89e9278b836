// Every row of the `to` coercion table: int/float/enum to numbers, machine to permission type, permission narrowing (reference 6.1).
enum tLevel { Low = 1, High = 5 }
event eA;
event eB;
interface IAB() receives eA, eB;
interface IA() receives eA;
type tNum = int;
type tReal = float;
machine Node receives eA, eB; {
  start state S { ignore eA, eB; }
}
machine Conv {
  var i: int;
  var f: float;
  var n: tNum;
  var r: tReal;
  var m: machine;
  var ab: IAB;
  var a: IA;
  start state S {
    entry {
      i = 3 to int;
      f = 3 to float;
      f = 2.5 to float;
      i = 2.5 to int;
      i = High to int;
      n = 7.9 to tNum;
      r = i to tReal;
      m = new Node();
      ab = m to IAB;
      ab = ab to IAB;
      a = ab to IA;
      a = m to IA;
    }
  }
}
