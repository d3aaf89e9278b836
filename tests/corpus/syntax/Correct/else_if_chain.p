// There is no `else if` keyword but `else if (...)` works since the else branch is any statement (reference 2.4).
fun Classify(n: int): string {
  if (n < 0) {
    return "negative";
  } else if (n == 0) {
    return "zero";
  } else if (n < 10) {
    return "small";
  } else {
    return "large";
  }
}

machine Classifier {
  start state S {
    entry {
      print Classify(5);
      if (Classify(0) == "zero") print "ok"; else if (Classify(-1) == "negative") print "also"; else print "neither";
    }
  }
}
