// DefaultImpl (no tests, a machine Main) binds every machine to its own interface and is checked for closedness like any implementation: a created declared interface is unbound (reference 7.2, 7.4).
interface IStore(int) receives; // error: P0601
machine Store {
  start state Init { entry (n: int) { } }
}
machine Main {
  start state Init {
    entry { new Store(1); new IStore(2); }
  }
}
