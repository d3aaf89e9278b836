// In a type position a name resolves to an event set before a machine; an event set declared first may share a machine's name (reference 3.2, 3.3, 5.2 rule 5).
event eA;
event eB;
eventset Server = { eA };
machine Server receives eA, eB; {
  start state S {
    entry {
      var me: Server;
      me = this; // error: P0301
    }
    ignore eA, eB;
  }
}
