// `sizeof` of an int, `any` and a machine reference (reference 6.1).
machine Sizer {
  var a: any;
  var n: int;
  start state S {
    entry {
      n = sizeof(n); // error: P0316
      n = sizeof(a); // error: P0316
      n = sizeof(this); // error: P0316
    }
  }
}
