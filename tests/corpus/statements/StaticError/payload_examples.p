// The payload rule's examples for `event E; event F: any; event G: int` (reference 6.2).
event E;
event F: any;
event G: int;
machine Target {
  start state S { ignore E, F, G; }
}
machine Sender {
  var t: Target;
  start state S {
    entry {
      t = new Target();
      send t, E;
      send t, E, null;
      send t, E, 1; // error: P0304
      send t, F; // error: P0304
      send t, F, null;
      send t, F, 1;
      send t, G; // error: P0304
      send t, G, null; // error: P0304
      send t, G, 1;
    }
  }
}
