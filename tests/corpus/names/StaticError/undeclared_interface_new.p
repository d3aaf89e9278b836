// `new` of an unknown interface or machine (reference 6.1, 6.7 item 6).
machine Client {
  var s: machine;
  start state S {
    entry {
      s = new Sever(); // error: P0207
    }
  }
}
