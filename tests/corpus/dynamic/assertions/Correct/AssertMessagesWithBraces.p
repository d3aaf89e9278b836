// Every literal is a format string: `{{`/`}}` are literal braces and `{N}` placeholders; none fires (1.5, 8.4).
machine Main {
  start state Check {
    entry {
      var shown: string;
      shown = format("{{{0}}}", 7);
      assert shown == "{{7}}", format("got {0}", shown);
      assert "{{literal}}" == "{{" + "literal" + "}}", "escaped braces are literal";
      assert format("{1}-{0}", "a", "b") == "b-a";
      assert format("{0}{0}", 4) == "44";
    }
  }
}
