// raise/send/announce with 0, 1 and several payload arguments; event variables skip payload checks (reference 6.2 payload rule).
event E;
event F: any;
event G: int;
event H: (int, string);
event N: (a: int, b: bool);
machine Peer {
  start state S { ignore E, F, G, H, N; }
}
machine Emitter {
  var t: Peer;
  var ev: event;
  start state S {
    entry {
      t = new Peer();
      send t, E;
      send t, E, null;
      send t, F, null;
      send t, F, 1;
      send t, F, (1, 2);
      send t, G, 5;
      send t, H, 1, "one";
      send t, H, (2, "two");
      send t, N, (a = 1, b = true);
      announce G, 3;
      announce E;
      ev = G;
      send t, ev;
      send t, ev, "anything", 1, 2;
      announce ev, true;
      raise ev, 1, 2, 3;
    }
    ignore E, F, G, H, N;
  }
}
