// A halt arriving while a machine is blocked in a receive that does not list it abandons the handler like `raise halt`; a state with `on halt do` then handles it and the machine goes on with its next event (8.6 step 5, 8.5 Halting).
event eGo; event eReply; event eDone;
machine Main {
  var w: machine; var got: int;
  start state S {
    entry {
      w = new W(this);
      send w, halt;
      send w, eGo;
    }
    on eDone do { got = got + 1; assert got == 1; }
  }
}
machine W {
  var owner: machine; var handled: bool;
  start state A {
    entry (o: machine) {
      owner = o;
      receive { case eReply: { assert false, "no reply ever"; } }
      assert false, "handler abandoned, never here";
    }
    on halt do { handled = true; }
    on eGo do { assert handled, "halt was handled first"; send owner, eDone; }
  }
}
