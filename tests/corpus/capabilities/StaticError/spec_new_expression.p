// A `new` expression in a spec is reported where written, like `this` and `$` (reference 4.6, 6.4 rule 3).
machine Helper {
  start state Init { }
}
spec Watchdog observes halt {
  var h: machine;
  start state Init {
    entry {
      h = new Helper(); // error: P0409
    }
    ignore halt;
  }
}
