// An event may appear once per state; different states may each handle, defer or ignore it (reference 6.3).
event eA;
event eB;
event eC;
machine Mixer {
  start state One {
    on eA do { }
    defer eB;
    ignore eC;
  }
  state Two {
    on eB do { }
    defer eA, eC;
  }
  state Three {
    ignore eA, eB;
    on eC goto One;
  }
}
