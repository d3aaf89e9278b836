// Foreign functions with `requires` contracts are PVerifier-only (reference 2.1, App. A).
fun Withdraw(amount: int): int requires amount > 0; // error: P0901
