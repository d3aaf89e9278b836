// An enum conflicts with a machine of the same name (reference 3.2 row "enum").
machine Worker {
  start state S { }
}
enum Worker { Busy, Free } // error: P0201
