// Rule 5.2.7 in argument position: a foreign-type parameter rejects null, `any` and another foreign type (reference 4.1, 5.2).
type tConn;
type tFile;
fun Close(c: tConn);
fun OpenFile(): tFile;
machine User {
  var a: any;
  start state S {
    entry {
      Close(null); // error: P0301
      Close(a); // error: P0301
      Close(OpenFile()); // error: P0301
    }
  }
}
