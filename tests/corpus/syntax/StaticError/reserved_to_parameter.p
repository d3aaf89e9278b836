// `to` is reserved and cannot name a parameter (reference 1.2, 1.3).
fun Move(from: int, to: int) { } // error: P0107
