// `raise e` needs an expression of type event (reference 6.2, 6.7 item 6 eventExprSendRaise).
machine Raiser {
  var code: int;
  var name: string;
  start state S {
    entry {
      if ($) { raise code; } // error: P0322
      raise name; // error: P0322
    }
  }
}
