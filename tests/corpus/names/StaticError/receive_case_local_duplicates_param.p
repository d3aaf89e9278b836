// A receive case's local cannot reuse the name of the case's own parameter (reference 3.2).
event eNum: int;
machine Main {
  start state S {
    entry {
      receive {
        case eNum: (n: int) {
          var n: int; // error: P0201
        }
      }
    }
  }
}
