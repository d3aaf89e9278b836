// Several payload arguments need an unnamed tuple payload type of the same arity (reference 6.2 payload rule).
event F: any;
event H: (int, string);
event N: (a: int, b: string);
machine Target {
  start state S { ignore F, H, N; }
}
machine Sender {
  var t: Target;
  start state S {
    entry {
      t = new Target();
      send t, F, 1, 2; // error: P0304
      send t, H, 1, "a", true; // error: P0304
      send t, N, 1, "a"; // error: P0304
      send t, H, "a", 1; // error: P0304
    }
  }
}
