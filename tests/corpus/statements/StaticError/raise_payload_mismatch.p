// raise checks the payload against the event's declared type (reference 6.2, 6.7 item 9 raise1, raise2).
event eNum: int;
event eNone;
machine Raiser {
  start state S {
    entry {
      if ($) { raise eNum; } // error: P0304
      if ($) { raise eNum, "one"; } // error: P0304
      raise eNone, 1; // error: P0304
    }
    on eNum do (n: int) { }
    ignore eNone;
  }
}
