// String escapes follow C# rules (\n, \", \\, \u0041); every literal is a format string, so {{ gives {; comparisons are ordinal (1.4, 1.5, 8.3 string).
machine Main {
  start state S {
    entry {
      var s: string;
      s = "a\nb";
      assert s != "anb", "newline escape";
      assert "\"" + "\\" == "\"\\", "quote backslash";
      assert "\u0041" == "A", "unicode";
      assert "\t" != "t", "tab";
      assert "{{}}" == "{{}}", "braces";
      assert format("{0}", "{{") == "{{", format("{0}", "{{");
      assert format("{{") == "{{", "format braces";
      assert "a" < "b" && "Z" < "a" && "" < "a" && "ab" < "b", "ordinal";
    }
  }
}
