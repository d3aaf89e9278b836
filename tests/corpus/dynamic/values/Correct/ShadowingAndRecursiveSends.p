// Locals shadow fields; a machine method shadows a global function; variables shadow events and enum elements; recursion through scheduling points (3.1, 3.3).
enum Mode { Red, Green }
event Ping: int; event Pong: int;
fun Helper(): int { return 1; }
machine Main {
  var x: int; var Ping2: int;
  start state S {
    entry {
      var x: int; var Red: int; var Pong: string;
      x = 5;
      Red = 7;
      Pong = "p";
      SetField();
      assert x == 5, "local untouched";
      assert Helper() == 2, "method shadows global";
      assert Red == 7 && Pong == "p", "variables shadow enum element and event";
      Countdown(4);
      assert Ping2 == 4, format("recursion sends {0}", Ping2);
      CheckField();
    }
    on Ping do (v: int) { }
  }
  fun SetField() { x = 9; }
  fun CheckField() { assert x == 9, "field set"; }
  fun Helper(): int { return 2; }
  fun Countdown(n: int) {
    if (n == 0) { return; }
    send this, Ping, n;
    Ping2 = Ping2 + 1;
    Countdown(n - 1);
  }
}
