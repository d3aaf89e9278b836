// Enums are all unnumbered or all numbered; numbered values need not be ordered (reference 2.1, 4.2).
enum tState { Idle, Busy, Failed }
enum tCode { Ok = 200, NotFound = 404, Moved = 301 }
enum tSingle { Only }
machine Service {
  var st: tState;
  var code: tCode;
  var one: tSingle;
  start state S {
    entry {
      st = Busy;
      code = Moved;
      one = Only;
      assert st != Idle;
      assert code to int == 301;
      assert default(tCode) == Ok;
      assert Failed to int == 2;
    }
  }
}
