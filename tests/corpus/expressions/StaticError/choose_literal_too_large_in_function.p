// The 10000 limit applies to any int literal passed to choose, e.g. in a global function (reference 6.1, 6.7 item 12).
fun PickPort(): int {
  return 1024 + choose(65535); // error: P0315
}
