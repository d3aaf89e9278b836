// Strings concatenate with `+` and compare ordinally; `==` compares text (8.3 string).
fun Greeting(name: string): string {
  return "Hello, " + name + "!";
}

machine Main {
  start state Check {
    entry {
      var g: string;
      g = Greeting("Ana");
      assert g == "Hello, Ana!";
      assert "B" < "a" && "abc" < "abd" && "ab" < "abc";
      assert "same" <= "same" && "z" >= "y";
      assert format("{0}-{1}", "x", 3) == "x" + "-" + "3";
    }
  }
}
