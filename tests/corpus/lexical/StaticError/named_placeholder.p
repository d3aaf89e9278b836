// Placeholders contain only digits: `{name}` is malformed (reference 1.5).
machine Printer {
  var name: string;
  start state S {
    entry {
      name = "ann";
      print format("hello {name}", name); // error: P0105
    }
  }
}
