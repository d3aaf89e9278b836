// Every string literal is a format string: `{{` and `}}` denote braces (reference 1.5).
machine Logger {
  start state Ready {
    entry {
      print "config = {{ retries: 3 }}";
      print "}} closes and {{ opens";
      print format("{{{0}}}", 42);
    }
  }
}
