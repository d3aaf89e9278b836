// `print` takes one expression, even when both are strings (reference 2.4).
fun Log(who: string) {
  print "user:", who; // error: P0102
}
