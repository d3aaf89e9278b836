// announce checks the payload like send (reference 6.2).
event eLog: string;
machine Announcer {
  start state S {
    entry {
      announce eLog, 3; // error: P0304
      announce eLog; // error: P0304
    }
  }
}
