// Rule 5.2.5: two machine names with different receive sets are different types (reference 5.2, 6.7 item 8 MachineNames).
event eA;
event eB;
machine Alpha receives eA; {
  start state S { ignore eA; }
}
machine Beta receives eB; {
  start state S { ignore eB; }
}
machine Owner {
  var a: Alpha;
  start state S {
    entry {
      a = new Beta(); // error: P0301
    }
  }
}
