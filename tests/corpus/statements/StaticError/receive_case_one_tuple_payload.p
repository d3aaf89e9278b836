// A receive case parameter must accept the payload itself: a 1-tuple payload does not fit its element type, unlike in a handler (reference 6.2 receive, 6.3).
event eBoxed: (int);
machine Main {
  start state Init {
    entry {
      receive {
        case eBoxed: (n: int) { } // error: P0321
      }
      raise eBoxed, (1,);
    }
    on eBoxed do (n: int) { }
  }
}
