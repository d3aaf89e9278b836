// Foreign types `type T;` and foreign functions with `creates` parse and type-check (reference 2.1, 4.1, 4.7).
type tHandle;
type tNumber = int;

fun OpenHandle(name: string): tHandle;
fun CloseHandle(h: tHandle);
fun Hash(x: int, y: int): tNumber;
fun SpawnWorker(): machine creates Worker;
fun Tick();

machine Worker {
  start state Idle { }
}

machine Owner {
  var h: tHandle;
  var boxed: any;
  var n: tNumber;
  var w: machine;
  start state Init {
    entry {
      h = OpenHandle("db");
      boxed = h;
      n = Hash(1, 2) + 1;
      CloseHandle(h);
      Tick();
      w = SpawnWorker();
    }
  }
}
