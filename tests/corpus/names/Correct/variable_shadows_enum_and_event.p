// Resolution order in expressions: variable, then enum element, then event (reference 3.3).
enum tMode { Fast, Slow }
event Slow2;

machine Mode {
  var Fast: int;
  var m: tMode;
  var e: event;
  start state S {
    entry {
      Fast = 10;
      m = Slow;
      e = Slow2;
      assert Fast == 10;
    }
  }
}
