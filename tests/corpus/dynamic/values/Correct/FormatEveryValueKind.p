// format() of every kind of value: floats in .NET's shortest form (1E+16, 1E-05, -0), null as empty text, halt as PHalt, enums as numbers, nested collections, repeated and escaped placeholders (8.2 String form, 1.5).
enum Color { Red = 4, Green = 5, Blue = 6 }
event eX: int;
type NT = (a: int, b: string);
machine Main {
  start state S {
    entry {
      var f: float; var e: event; var m: machine; var a: any; var t: (int, bool); var nt: NT;
      var s: seq[float]; var st: set[string]; var mp: map[int, seq[int]];
      var c: Color;
      assert format("{0}", 1.0) == "1", format("{0}", 1.0);
      assert format("{0}", 2.5) == "2.5", format("{0}", 2.5);
      assert format("{0}", 0.1 + 0.2) == "0.30000000000000004", format("{0}", 0.1+0.2);
      assert format("{0}", 10000000000000000.0) == "1E+16", format("{0}", 10000000000000000.0);
      assert format("{0}", 0.00001) == "1E-05", format("{0}", 0.00001);
      assert format("{0}", 0.0001) == "0.0001", format("{0}", 0.0001);
      assert format("{0}", 123456789012345.0) == "123456789012345", format("{0}", 123456789012345.0);
      assert format("{0}", 1000000000000000.0) == "1E+15", format("1000000000000000.0 {0}", 1000000000000000.0);
      assert format("{0}", -0.0) == "-0", format("neg zero {0}", -0.0);
      assert format("{0}", e) == "", format("null event {0}", e);
      assert format("{0}", m) == "", format("null m {0}", m);
      assert format("{0}", a) == "", format("null any {0}", a);
      assert format("{0}", eX) == "eX", format("{0}", eX);
      assert format("{0}", halt) == "PHalt", format("{0}", halt);
      assert format("{0}", t) == "<0,False,>", format("{0}", t);
      assert format("{0}", nt) == "<a:0, b:, >", format("{0}", nt);
      s += (0, 1.5); s += (1, 2.0);
      assert format("{0}", s) == "(1.5, 2)", format("{0}", s);
      assert format("{0}", st) == "()", format("{0}", st);
      mp[3] = default(seq[int]); mp[1] = default(seq[int]); mp[1] += (0, 7);
      assert format("{0}", mp) == "(<1->(7)>, <3->()>)", format("{0}", mp);
      assert format("{0}", c) == "4", format("enum {0}", c);
      c = Blue;
      assert format("{0}", c) == "6", format("enum {0}", c);
      assert format("{0}{1}{0}", 1, "x") == "1x1", format("{0}{1}{0}", 1, "x");
      assert format("{{{0}}}", 3) == "{{3}}", format("{{{0}}}", 3);
      assert format("{0}", this) == "Main(1)", format("{0}", this);
      assert format("{0}", "q\"uote") == "q\"uote", format("{0}", "q\"uote");
    }
  }
}
