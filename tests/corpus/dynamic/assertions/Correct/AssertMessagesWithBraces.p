// Assert messages may contain escaped braces `{{ }}` and placeholders; none of them fires (1.5, 8.4).
machine Main {
  start state Check {
    entry {
      var shown: string;
      shown = format("{{{0}}}", 7);
      assert shown == "{7}", format("got {0}", shown);
      assert "{{literal}}" == "{literal}", "escaped braces are literal";
      assert format("{1}-{0}", "a", "b") == "b-a";
    }
  }
}
