// The built-in forms take fixed operands: format's first operand is a string literal, choose takes at most one operand, sizeof/keys/values exactly one, default a type (reference 2.5). One error per function.
fun F1(s: string): string { return format(s, 1); } // error: P0102
fun F2(): int { return choose(1, 2); } // error: P0102
fun F3(): int { return sizeof(); } // error: P0102
fun F4(m: map[int, int]): seq[int] { return keys(m, m); } // error: P0102
fun F5(): int { return default(); } // error: P0102
fun F6(): int { return default(1 + 1); } // error: P0102
