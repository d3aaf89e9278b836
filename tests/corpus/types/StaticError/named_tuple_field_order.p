// Rule 5.2.11: named tuples need the same field names in the same order (reference 5.2, 6.7 item 8 nmdType).
type tReq = (id: int, key: string);
machine Client {
  var r: tReq;
  start state S {
    entry {
      r = (key = "k", id = 1); // error: P0301
      r = (id = 1, name = "k"); // error: P0301
    }
  }
}
