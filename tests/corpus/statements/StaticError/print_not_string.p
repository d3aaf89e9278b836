// `print` takes exactly a string (reference 6.2).
machine Printer {
  var n: int;
  var a: any;
  start state S {
    entry {
      print n; // error: P0307
      print a; // error: P0307
      print format("{0}", n);
    }
  }
}
