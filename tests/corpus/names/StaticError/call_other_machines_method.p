// A called name is looked up among this machine's methods and global functions only (reference 3.3).
machine Server {
  start state S { }
  fun Handle() { }
}
machine Client {
  start state S {
    entry {
      Handle(); // error: P0203
    }
  }
}
