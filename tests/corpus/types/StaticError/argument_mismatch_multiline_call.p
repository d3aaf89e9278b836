// An argument that does not fit its parameter is reported on the call's first line, where the reference reports the call (reference 6.1 function calls).
fun Store(key: int, label: string) { }
machine Main {
  start state Init {
    entry {
      Store(1, // error: P0301
        2);
    }
  }
}
