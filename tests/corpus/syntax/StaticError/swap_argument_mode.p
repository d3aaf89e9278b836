// Pre-P2 `swap`/`move` argument modes no longer parse (reference 2.4, 6.7 item 2).
fun Consume(xs: seq[int]) { }
machine Owner {
  var items: seq[int];
  start state S {
    entry {
      Consume(items swap); // error: P0102
    }
  }
}
