// A scenario cannot be created with `new` either, not even as an expression (reference 4.6).
event eTick;
scenario Coverage observes eTick {
  start state S { on eTick goto Done; }
  cold state Done { ignore eTick; }
}
machine Main {
  var m: machine;
  start state S {
    entry {
      m = new Coverage(); // error: P0414
    }
  }
}
