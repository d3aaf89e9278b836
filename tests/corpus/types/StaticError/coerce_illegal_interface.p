// Interface narrowing P1 to P2 needs P2's events to be a subset of P1's (reference 6.1, 6.7 other errors).
event eA;
event eB;
interface IA() receives eA;
interface IAB() receives eA, eB;
machine Node receives eA; {
  start state S { ignore eA; }
}
machine Conv {
  var a: IA;
  var ab: IAB;
  start state S {
    entry {
      a = new Node() to IA;
      ab = a to IAB; // error: P0312
    }
  }
}
