// Machine methods as entry, exit, do and with handlers, taking 0 or 1 parameters (exit takes none) (reference 4.7, 6.3).
event eData: int;
event eStop: string;
machine Pipeline {
  var total: int;
  var reason: string;
  start state Running {
    entry Start;
    exit Stop;
    on eData do Add;
    on eStop goto Stopped with Note;
  }
  state Stopped {
    entry StoppedEntry;
    on eData do Ignore;
    ignore eStop;
  }
  fun Start() { total = 0; }
  fun Stop() { }
  fun Add(n: int) { total = total + n; }
  fun Note(why: string) { reason = why; }
  fun StoppedEntry(why: any) { }
  fun Ignore() { }
}
