// Duplicate machine methods (reference 3.2 row "function").
machine Account {
  var balance: int;
  start state Open { }
  fun Deposit(n: int) { balance = balance + n; }
  fun Deposit(n: int, note: string) { balance = balance + n; } // error: P0201
}
