// A function or handler without a return type has the type of null, so `return null;` and returning a void call pass the return check (reference 6.2 return, 5.2 rule 13).
fun Log(msg: string) { print msg; }
fun Done() { return Log("done"); }
fun Nothing() { return null; }
machine Main {
  start state Init {
    entry {
      Done();
      Nothing();
      return null;
    }
  }
}
