// bug: assertion
// foreach iterates a snapshot: removing later elements inside the body does not skip them (8.4 foreach).
machine Main {
  start state Purge {
    entry {
      var queue: seq[int];
      var job: int;
      var visited: int;
      queue += (0, 1);
      queue += (1, 2);
      queue += (2, 3);
      foreach (job in queue) {
        visited = visited + 1;
        if (job == 1) {
          queue -= 2;
          queue -= 1;
        }
      }
      assert visited == 1, format("visited {0} jobs despite removing them", visited);
    }
  }
}
