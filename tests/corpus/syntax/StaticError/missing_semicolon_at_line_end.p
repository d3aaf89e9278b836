// A `;` missing at the end of a line is found at the first token of the next statement, which is where the error is reported (reference 2.4, 6.8: the parser reports the offending token).
machine Counter {
  var count: int;
  var total: int;
  start state S {
    entry {
      count = count + 1

      // the next statement shows the ';' is missing
      total = count; // error: P0102
    }
  }
}
