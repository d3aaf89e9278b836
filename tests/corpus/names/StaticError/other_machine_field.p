// Global functions cannot see machine fields (reference 4.7).
fun Report(): int {
  return balance; // error: P0202
}
machine Bank {
  var balance: int;
  start state S {
    entry { balance = Report(); }
  }
}
