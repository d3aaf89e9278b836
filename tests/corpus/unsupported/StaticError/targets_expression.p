// `e targets m` is PVerifier-only (reference 1.3, 2.5, App. A).
machine Client {
  var e: event;
  var m: machine;
  var b: bool;
  start state S {
    entry {
      b = e targets m; // error: P0901
    }
  }
}
