// Collections travel as payloads and arrive intact; the receiver's edits stay local (8.2, 8.7).
event eOrder: (items: map[string, int], tags: set[string]);
event eConfirm: int;

machine Shop {
  var owner: machine;
  start state Take {
    entry (who: machine) { owner = who; }
    on eOrder do (o: (items: map[string, int], tags: set[string])) {
      var n: int;
      var k: string;
      foreach (k in keys(o.items)) {
        n = n + o.items[k];
      }
      o.items["bonus"] = 1;
      send owner, eConfirm, n;
    }
  }
}

machine Main {
  start state Order {
    entry {
      var items: map[string, int];
      var tags: set[string];
      items["pen"] = 2;
      items["ink"] = 3;
      tags += ("express");
      send new Shop(this), eOrder, (items = items, tags = tags);
      receive {
        case eConfirm: (n: int) {
          assert n == 5 && sizeof(items) == 2;
        }
      }
    }
  }
}
