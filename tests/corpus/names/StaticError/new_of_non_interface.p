// `new` of something that is neither an interface nor a machine (an enum, a function) (reference 6.1).
enum tKind { A, B }
fun Make() { }
machine Factory {
  start state S {
    entry {
      new tKind(); // error: P0207
      new Make(); // error: P0207
    }
  }
}
