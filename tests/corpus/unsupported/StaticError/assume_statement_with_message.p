// An `assume` statement with a message, in a global function (reference 1.3, 2.4).
fun Check(x: int) {
  assume x > 0, "positive"; // error: P0902
}
