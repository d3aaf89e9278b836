// `format` with any number of arguments of any type produces a string (reference 1.5, 6.1).
event ePing;
machine Reporter {
  var s: string;
  var xs: seq[int];
  start state S {
    entry {
      s = format("{0}/{1}/{2}/{3}", 1, 2.5, true, "x");
      s = format("{0} {1} {2}", xs, this, ePing);
      s = format("no placeholders");
      print format("{0}{0}{0}", s);
    }
  }
}
