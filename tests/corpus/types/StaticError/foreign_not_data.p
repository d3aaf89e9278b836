// Rule 5.2.12: foreign types are not subtypes of `data` (reference 4.1, 5.2).
type tHandle;
fun Open(): tHandle;
machine Io {
  var d: data;
  start state S {
    entry {
      d = Open(); // error: P0301
    }
  }
}
