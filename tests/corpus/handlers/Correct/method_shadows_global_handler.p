// Handler names are looked up from the machine scope outwards: a method that shadows a global function is a valid handler (reference 3.3, 4.7).
event eTick: int;
fun Setup() { }
fun OnTick(n: int) { }
machine Clock {
  var ticks: int;
  start state S {
    entry Setup;
    on eTick do OnTick;
  }
  fun Setup() { ticks = 0; }
  fun OnTick(n: int) { ticks = ticks + n; }
}
