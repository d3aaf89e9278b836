// Removing an absent map key or set element is not an error; `m[k] = v` overwrites (8.4).
machine Main {
  start state Edit {
    entry {
      var sessions: map[int, string];
      var active: set[int];
      sessions[1] = "ana";
      sessions[1] = "bo";
      sessions -= 7;
      active += (1);
      active -= 9;
      active += (1);
      assert sizeof(sessions) == 1 && sessions[1] == "bo";
      assert sizeof(active) == 1;
    }
  }
}
