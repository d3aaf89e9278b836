// Names in different rows of the duplicate table never clash: field/event, method/enum element, local/enum type, state/global function (reference 3.2).
event eReq;
enum tColor { Red, Green }

fun Reset(): int { return 0; }

machine Server {
  var eReq: int;
  start state Reset {
    entry {
      var tColor: int;
      var c: tColor;
      tColor = 3;
      c = Green;
      eReq = tColor + Reset();
      Red();
    }
    on eReq goto Reset;
  }
  fun Red() { eReq = eReq + 1; }
}
