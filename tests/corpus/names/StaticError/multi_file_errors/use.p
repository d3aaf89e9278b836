// Errors are reported in the file where they occur, with names resolved across files (reference 2.1, 6.8).
machine Feeder {
  start state S {
    entry {
      send new Counter(), eCount, "three"; // error: P0304
      send new Countr(), eCount, 3; // error: P0207
    }
  }
}
