// An event and a type alias may share a name: the event row and the type-alias row do not conflict (reference 3.2, 3.3).
event tTicket: int;
type tTicket = int;

machine Desk {
  var t: tTicket;
  var e: event;
  start state Open {
    entry {
      t = 5;
      e = tTicket;
    }
    on tTicket do (n: tTicket) { t = n; }
  }
}
