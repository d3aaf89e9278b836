// Rule 5.2.4: `machine` does not accept ints or `any` values (reference 5.2).
machine Registry {
  var m: machine;
  var a: any;
  start state S {
    entry {
      m = 7; // error: P0301
      a = this;
      m = a; // error: P0301
    }
  }
}
