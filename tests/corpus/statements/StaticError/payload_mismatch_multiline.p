// A payload that does not fit is reported on the first line of its send, raise or new, where the reference reports it, even when the argument is on a later line (reference 6.2 payload rule).
event eReq: (id: int, who: string);
event eNum: int;
machine Main {
  start state Init {
    entry {
      send this, eReq, // error: P0304
        (id = 1, who = 2);
      new Main( // error: P0304
        3);
      raise eNum, // error: P0304
        "x";
    }
    ignore eReq;
  }
}
