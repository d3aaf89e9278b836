// Inner declarations shadow outer ones: local over field, handler parameter over field, method over global function (reference 3.1).
event eSet: int;

fun Describe(): string { return "global"; }

machine Shadow {
  var value: int;
  var name: string;
  start state S {
    entry {
      var value: string;
      value = "local";
      name = Describe();
      assert name == "method";
    }
    on eSet do (value: int) { name = format("{0}", value); }
  }
  fun Describe(): string { return "method"; }
}
