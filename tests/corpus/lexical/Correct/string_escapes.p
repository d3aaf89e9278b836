// String literals with backslash escapes: \" \\ \n \t (reference 1.4).
machine Banner {
  var text: string;
  start state Show {
    entry {
      text = "say \"hello\"\tand a backslash \\ then\na new line";
      print text;
      print "100% done";
    }
  }
}
