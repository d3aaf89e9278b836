// A non-void function with an empty body (reference 6.5).
fun Answer(): int { // error: P0501
}
