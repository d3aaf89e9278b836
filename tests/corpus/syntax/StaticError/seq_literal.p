// There are no collection literals in expressions (reference 2.5).
machine Lister {
  var xs: seq[int];
  start state S {
    entry {
      xs = [1, 2, 3]; // error: P0102
    }
  }
}
